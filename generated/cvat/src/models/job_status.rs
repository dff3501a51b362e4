// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobStatus`] and the types nested in it, from `#/components/schemas/JobStatus`.

/// * `annotation` - ANNOTATION
/// * `validation` - VALIDATION
/// * `completed` - COMPLETED
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobStatus {
    /// `annotation`
    Annotation,
    /// `validation`
    Validation,
    /// `completed`
    Completed,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Annotation => "annotation",
            Self::Validation => "validation",
            Self::Completed => "completed",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobStatus {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "annotation" => Self::Annotation,
            "validation" => Self::Validation,
            "completed" => Self::Completed,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

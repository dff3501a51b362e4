// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationConflictSeverity`] and the types nested in it, from `#/components/schemas/AnnotationConflictSeverity`.

/// * `warning` - WARNING
/// * `error` - ERROR
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AnnotationConflictSeverity {
    /// `warning`
    Warning,
    /// `error`
    Error,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AnnotationConflictSeverity {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Warning => "warning",
            Self::Error => "error",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AnnotationConflictSeverity {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "warning" => Self::Warning,
            "error" => Self::Error,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AnnotationConflictSeverity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AnnotationConflictSeverity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AnnotationConflictSeverity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

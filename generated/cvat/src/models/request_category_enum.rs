// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RequestCategoryEnum`] and the types nested in it, from `#/components/schemas/RequestCategoryEnum`.

/// * `interactive` - Interactive
/// * `batch` - Batch
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RequestCategoryEnum {
    /// `interactive`
    Interactive,
    /// `batch`
    Batch,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl RequestCategoryEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Interactive => "interactive",
            Self::Batch => "batch",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for RequestCategoryEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "interactive" => Self::Interactive,
            "batch" => Self::Batch,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for RequestCategoryEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RequestCategoryEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RequestCategoryEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

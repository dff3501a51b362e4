// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ValidationMode`] and the types nested in it, from `#/components/schemas/ValidationMode`.

/// * `gt` - GT
/// * `gt_pool` - GT_POOL
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ValidationMode {
    /// `gt`
    Gt,
    /// `gt_pool`
    GtPool,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl ValidationMode {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gt => "gt",
            Self::GtPool => "gt_pool",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ValidationMode {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "gt" => Self::Gt,
            "gt_pool" => Self::GtPool,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ValidationMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ValidationMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ValidationMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

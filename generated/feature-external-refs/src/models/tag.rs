// @generated from specs/features/external-refs.yaml by the generator; do not edit.
//! [`Tag`] and the types nested in it, from `#/x-generator-bundled/common/components/schemas/Tag`.

/// The `Tag` schema, which the spec does not describe (`common.yaml#/components/schemas/Tag`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tag {
    /// `good`
    Good,
    /// `bad`
    Bad,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl Tag {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Good => "good",
            Self::Bad => "bad",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for Tag {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "good" => Self::Good,
            "bad" => Self::Bad,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Tag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Tag {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Kind`] and the types nested in it, from `#/components/schemas/Kind`.

/// A `const` alone is a one-value enum.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `pet`
    Pet,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl Kind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pet => "pet",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for Kind {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "pet" => Self::Pet,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Status`] and the types nested in it, from `#/components/schemas/Status`.

/// The `Status` schema, which the spec does not describe (`#/components/schemas/Status`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// `open`
    Open,
    /// `closed`
    Closed,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl Status {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for Status {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "open" => Self::Open,
            "closed" => Self::Closed,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`PetStatus`] and the types nested in it, from `#/components/schemas/PetStatus`.

/// PetStatus
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PetStatus {
    /// `available`
    Available,
    /// `pending`
    Pending,
    /// `adopted`
    Adopted,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl PetStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "available",
            Self::Pending => "pending",
            Self::Adopted => "adopted",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for PetStatus {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "available" => Self::Available,
            "pending" => Self::Pending,
            "adopted" => Self::Adopted,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PetStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PetStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for PetStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`DogDetails`] and the types nested in it, from `#/components/schemas/DogDetails`.

/// DogDetails
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DogDetails {
    /// Kind
    pub kind: super::DogDetailsKind,
    /// Breed
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub breed: Option<Option<String>>,
    /// Good Boy
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub good_boy: Option<bool>,
}

/// Kind
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DogDetailsKind {
    /// `dog`
    Dog,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl DogDetailsKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for DogDetailsKind {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "dog" => Self::Dog,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for DogDetailsKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DogDetailsKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for DogDetailsKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

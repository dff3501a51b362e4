// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Cat`] and the types nested in it, from `#/components/schemas/Cat`.

/// The `Cat` schema, which the spec does not describe (`#/components/schemas/Cat`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cat {
    /// The `species` property, which the spec does not describe (`#/components/schemas/Cat/properties/species`).
    pub species: super::CatSpecies,
    /// The `indoor` property, which the spec does not describe (`#/components/schemas/Cat/properties/indoor`).
    pub indoor: bool,
}

/// An inline schema, which the spec does not describe (`#/components/schemas/Cat/properties/species`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CatSpecies {
    /// `cat`
    Cat,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CatSpecies {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cat => "cat",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CatSpecies {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "cat" => Self::Cat,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CatSpecies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CatSpecies {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CatSpecies {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

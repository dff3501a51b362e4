// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Dog`] and the types nested in it, from `#/components/schemas/Dog`.

/// The `Dog` schema, which the spec does not describe (`#/components/schemas/Dog`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dog {
    /// The `species` property, which the spec does not describe (`#/components/schemas/Dog/properties/species`).
    pub species: super::DogSpecies,
    /// The `good` property, which the spec does not describe (`#/components/schemas/Dog/properties/good`).
    pub good: bool,
}

/// An inline schema, which the spec does not describe (`#/components/schemas/Dog/properties/species`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DogSpecies {
    /// `dog`
    Dog,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl DogSpecies {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for DogSpecies {
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

impl std::fmt::Display for DogSpecies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DogSpecies {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for DogSpecies {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

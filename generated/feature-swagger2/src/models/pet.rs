// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`Pet`] and the types nested in it, from `#/components/schemas/Pet`.

/// The `Pet` schema, which the spec does not describe (`#/definitions/Pet`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pet {
    /// The `id` property, which the spec does not describe (`#/definitions/Pet/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/definitions/Pet/properties/name`).
    pub name: String,
    /// The `kind` property, which the spec does not describe (`#/definitions/Pet/properties/kind`).
    pub kind: super::PetKind,
    /// Nullable (`x-nullable`) beside a `$ref`.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub owner: Option<Option<super::Owner>>,
    /// The `born` property, which the spec does not describe (`#/definitions/Pet/properties/born`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub born: Option<Option<chrono::NaiveDate>>,
}

/// An inline schema, which the spec does not describe (`#/definitions/Pet/properties/kind`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PetKind {
    /// `cat`
    Cat,
    /// `dog`
    Dog,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl PetKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cat => "cat",
            Self::Dog => "dog",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for PetKind {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "cat" => Self::Cat,
            "dog" => Self::Dog,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PetKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PetKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for PetKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Pet`] and the types nested in it, from `#/components/schemas/Pet`.

use crate::runtime::{self, codec, deserialize_struct, serialize_struct};

/// The `Pet` schema, which the spec does not describe (`#/components/schemas/Pet`).
#[derive(Clone, Debug, PartialEq)]
pub struct Pet {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Pet/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Pet/properties/name`).
    pub name: String,
    /// `type` with `null`: nullable.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub nickname: Option<Option<String>>,
    /// pydantic's `Optional[date]`: `anyOf` with a `null` branch.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub birthday: Option<Option<chrono::NaiveDate>>,
    /// The `kind` property, which the spec does not describe (`#/components/schemas/Pet/properties/kind`).
    pub kind: super::Kind,
    /// The owner, documented beside the `$ref`.
    pub owner: Option<super::Owner>,
    /// What kind of pet, told apart by `species`, a `const` in each variant.
    pub details: super::PetDetails,
    /// Kilograms, more than zero.
    pub weight: Option<f64>,
    /// Several types become alternatives.
    pub id_or_name: Option<super::PetIdOrName>,
    /// A tuple (`prefixItems`) of latitude and longitude.
    pub position: Option<(f64, f64)>,
    /// Anything but a list of strings is refused by the server.
    pub tags: Option<Vec<String>>,
    /// The `vaccinations` property, which the spec does not describe (`#/components/schemas/Pet/properties/vaccinations`).
    pub vaccinations: Option<super::Vaccination>,
}

serialize_struct!(
    runtime,
    Pet {
        id: optional("id"),
        name: required("name"),
        nickname: nullable("nickname"),
        birthday: nullable("birthday"),
        kind: required("kind"),
        owner: optional("owner"),
        details: required("details"),
        weight: optional("weight"),
        id_or_name: optional("id_or_name"),
        position: optional("position"),
        tags: optional("tags"),
        vaccinations: optional("vaccinations")
    }
);

deserialize_struct!(
    runtime,
    Pet {
        id: optional::<Option<i64>>("id"),
        name: required::<String>("name"),
        nickname: nullable::<Option<String>>("nickname"),
        birthday: nullable::<Option<chrono::NaiveDate>>("birthday"),
        kind: required::<super::Kind>("kind"),
        owner: optional::<Option<super::Owner>>("owner"),
        details: required::<super::PetDetails>("details"),
        weight: optional::<Option<f64>>("weight"),
        id_or_name: optional::<Option<super::PetIdOrName>>("id_or_name"),
        position: optional::<Option<(f64, f64,)>>("position"),
        tags: optional::<Option<Vec<String>>>("tags"),
        vaccinations: optional::<Option<super::Vaccination>>("vaccinations")
    }
);

/// What kind of pet, told apart by `species`, a `const` in each variant.
///
/// Decoded by the value of its `species` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum PetDetails {
    /// The `Cat` alternative (`#/components/schemas/Pet/properties/details/oneOf/0`).
    Cat(super::Cat),
    /// The `Dog` alternative (`#/components/schemas/Pet/properties/details/oneOf/1`).
    Dog(super::Dog),
    /// A value whose `species` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::Cat> for PetDetails {
    fn from(value: super::Cat) -> Self {
        Self::Cat(value)
    }
}

impl From<super::Dog> for PetDetails {
    fn from(value: super::Dog) -> Self {
        Self::Dog(value)
    }
}

impl<'de> serde::Deserialize<'de> for PetDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "species") {
            Some("cat") => codec::variant(value).map(Self::Cat),
            Some("dog") => codec::variant(value).map(Self::Dog),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("PetDetails", "species")),
        }
    }
}

/// Several types become alternatives.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum PetIdOrName {
    /// The `Integer` alternative (`#/components/schemas/Pet/properties/id_or_name`).
    Integer(i64),
    /// The `String` alternative (`#/components/schemas/Pet/properties/id_or_name`).
    String(String),
}

impl From<i64> for PetIdOrName {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<String> for PetIdOrName {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`PetCreate`] and the types nested in it, from `#/components/schemas/PetCreate`.

use crate::runtime::{self, serialize_struct};

/// PetCreate
#[derive(Clone, Debug, PartialEq)]
pub struct PetCreate {
    /// Name
    pub name: String,
    /// The `status` property, which the spec does not describe (`#/components/schemas/PetCreate/properties/status`).
    pub status: Option<super::PetStatus>,
    /// Tags
    pub tags: Option<Vec<String>>,
    /// Age Months
    pub age_months: i64,
    /// Nickname
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub nickname: Option<Option<String>>,
    /// Weight Grams
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub weight_grams: Option<Option<i64>>,
    /// Location
    ///
    /// (latitude, longitude)
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub location: Option<Option<(f64, f64)>>,
    /// Owner Id
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub owner_id: Option<Option<uuid::Uuid>>,
    /// Details
    pub details: super::PetCreateDetails,
}

serialize_struct!(
    runtime,
    PetCreate {
        name: required("name"),
        status: optional("status"),
        tags: optional("tags"),
        age_months: required("age_months"),
        nickname: nullable("nickname"),
        weight_grams: nullable("weight_grams"),
        location: nullable("location"),
        owner_id: nullable("owner_id"),
        details: required("details")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PetCreate {
        name: required::<String>("name"),
        status: optional::<Option<super::PetStatus>>("status"),
        tags: optional::<Option<Vec<String>>>("tags"),
        age_months: required::<i64>("age_months"),
        nickname: nullable::<Option<String>>("nickname"),
        weight_grams: nullable::<Option<i64>>("weight_grams"),
        location: nullable::<Option<(f64, f64,)>>("location"),
        owner_id: nullable::<Option<uuid::Uuid>>("owner_id"),
        details: required::<super::PetCreateDetails>("details")
    }
);

/// Details
///
/// Decoded by the value of its `kind` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum PetCreateDetails {
    /// The `CatDetails` alternative (`#/components/schemas/PetCreate/properties/details/oneOf/0`).
    CatDetails(super::CatDetails),
    /// The `DogDetails` alternative (`#/components/schemas/PetCreate/properties/details/oneOf/1`).
    DogDetails(super::DogDetails),
    /// A value whose `kind` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::CatDetails> for PetCreateDetails {
    fn from(value: super::CatDetails) -> Self {
        Self::CatDetails(value)
    }
}

impl From<super::DogDetails> for PetCreateDetails {
    fn from(value: super::DogDetails) -> Self {
        Self::DogDetails(value)
    }
}

#[cfg(feature = "serde-both-ways")]
impl<'de> serde::Deserialize<'de> for PetCreateDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match crate::runtime::codec::tag_of(&value, "kind") {
            Some("cat") => crate::runtime::codec::variant(value).map(Self::CatDetails),
            Some("dog") => crate::runtime::codec::variant(value).map(Self::DogDetails),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(crate::runtime::codec::missing_tag("PetCreateDetails", "kind")),
        }
    }
}

// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`PetUpdate`] and the types nested in it, from `#/components/schemas/PetUpdate`.

use crate::runtime::{self, serialize_struct};

/// PetUpdate
///
/// A PATCH body: a missing field is left alone (`model_dump(exclude_unset=True)`).
/// `null` clears the Optional fields; the others may be absent but not null
/// (their default None is never validated, so only an explicit null meets the
/// type check and gets a 422).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PetUpdate {
    /// Name
    pub name: Option<String>,
    /// The `status` property, which the spec does not describe (`#/components/schemas/PetUpdate/properties/status`).
    pub status: Option<super::PetStatus>,
    /// Tags
    pub tags: Option<Vec<String>>,
    /// Age Months
    pub age_months: Option<i64>,
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
    pub details: Option<super::PetUpdateDetails>,
}

serialize_struct!(
    runtime,
    PetUpdate {
        name: optional("name"),
        status: optional("status"),
        tags: optional("tags"),
        age_months: optional("age_months"),
        nickname: nullable("nickname"),
        weight_grams: nullable("weight_grams"),
        location: nullable("location"),
        owner_id: nullable("owner_id"),
        details: optional("details")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PetUpdate {
        name: optional::<Option<String>>("name"),
        status: optional::<Option<super::PetStatus>>("status"),
        tags: optional::<Option<Vec<String>>>("tags"),
        age_months: optional::<Option<i64>>("age_months"),
        nickname: nullable::<Option<String>>("nickname"),
        weight_grams: nullable::<Option<i64>>("weight_grams"),
        location: nullable::<Option<(f64, f64,)>>("location"),
        owner_id: nullable::<Option<uuid::Uuid>>("owner_id"),
        details: optional::<Option<super::PetUpdateDetails>>("details")
    }
);

/// Details
///
/// Decoded by the value of its `kind` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum PetUpdateDetails {
    /// The `CatDetails` alternative (`#/components/schemas/PetUpdate/properties/details/oneOf/0`).
    CatDetails(super::CatDetails),
    /// The `DogDetails` alternative (`#/components/schemas/PetUpdate/properties/details/oneOf/1`).
    DogDetails(super::DogDetails),
    /// A value whose `kind` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::CatDetails> for PetUpdateDetails {
    fn from(value: super::CatDetails) -> Self {
        Self::CatDetails(value)
    }
}

impl From<super::DogDetails> for PetUpdateDetails {
    fn from(value: super::DogDetails) -> Self {
        Self::DogDetails(value)
    }
}

#[cfg(feature = "serde-both-ways")]
impl<'de> serde::Deserialize<'de> for PetUpdateDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match crate::runtime::codec::tag_of(&value, "kind") {
            Some("cat") => crate::runtime::codec::variant(value).map(Self::CatDetails),
            Some("dog") => crate::runtime::codec::variant(value).map(Self::DogDetails),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(crate::runtime::codec::missing_tag("PetUpdateDetails", "kind")),
        }
    }
}

// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`Pet`] and the types nested in it, from `#/components/schemas/Pet`.

use crate::runtime::{self, codec, deserialize_struct, serialize_struct};

/// Pet
#[derive(Clone, Debug, PartialEq)]
pub struct Pet {
    /// Name
    pub name: String,
    /// The `status` property, which the spec does not describe (`#/components/schemas/Pet/properties/status`).
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
    pub details: super::PetDetails,
    /// Id
    pub id: uuid::Uuid,
    /// Created At
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Updated At
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

serialize_struct!(
    runtime,
    Pet {
        name: required("name"),
        status: optional("status"),
        tags: optional("tags"),
        age_months: required("age_months"),
        nickname: nullable("nickname"),
        weight_grams: nullable("weight_grams"),
        location: nullable("location"),
        owner_id: nullable("owner_id"),
        details: required("details"),
        id: required("id"),
        created_at: required("created_at"),
        updated_at: required("updated_at")
    }
);

deserialize_struct!(
    runtime,
    Pet {
        name: required::<String>("name"),
        status: optional::<Option<super::PetStatus>>("status"),
        tags: optional::<Option<Vec<String>>>("tags"),
        age_months: required::<i64>("age_months"),
        nickname: nullable::<Option<String>>("nickname"),
        weight_grams: nullable::<Option<i64>>("weight_grams"),
        location: nullable::<Option<(f64, f64,)>>("location"),
        owner_id: nullable::<Option<uuid::Uuid>>("owner_id"),
        details: required::<super::PetDetails>("details"),
        id: required::<uuid::Uuid>("id"),
        created_at: required::<chrono::DateTime<chrono::Utc>>("created_at"),
        updated_at: required::<chrono::DateTime<chrono::Utc>>("updated_at")
    }
);

/// Details
///
/// Decoded by the value of its `kind` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum PetDetails {
    /// The `CatDetails` alternative (`#/components/schemas/Pet/properties/details/oneOf/0`).
    CatDetails(super::CatDetails),
    /// The `DogDetails` alternative (`#/components/schemas/Pet/properties/details/oneOf/1`).
    DogDetails(super::DogDetails),
    /// A value whose `kind` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::CatDetails> for PetDetails {
    fn from(value: super::CatDetails) -> Self {
        Self::CatDetails(value)
    }
}

impl From<super::DogDetails> for PetDetails {
    fn from(value: super::DogDetails) -> Self {
        Self::DogDetails(value)
    }
}

impl<'de> serde::Deserialize<'de> for PetDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "kind") {
            Some("cat") => codec::variant(value).map(Self::CatDetails),
            Some("dog") => codec::variant(value).map(Self::DogDetails),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("PetDetails", "kind")),
        }
    }
}

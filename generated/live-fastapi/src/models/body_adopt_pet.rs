// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`BodyAdoptPet`] and the types nested in it, from `#/components/schemas/Body_adopt_pet_pets__pet_id__adopt_post`.

/// Body_adopt_pet_pets__pet_id__adopt_post
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct BodyAdoptPet {
    /// Owner Id
    pub owner_id: uuid::Uuid,
    /// Note
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub note: Option<Option<String>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    BodyAdoptPet { owner_id: required::<uuid::Uuid>("owner_id"), note: nullable::<Option<String>>("note") }
);

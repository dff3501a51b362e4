// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`BodyAdoptPet`] and the types nested in it, from `#/components/schemas/Body_adopt_pet_pets__pet_id__adopt_post`.

/// Body_adopt_pet_pets__pet_id__adopt_post
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct BodyAdoptPet {
    /// Owner Id
    pub owner_id: uuid::Uuid,
    /// Note
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub note: Option<Option<String>>,
}

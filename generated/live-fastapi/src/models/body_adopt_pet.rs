// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`BodyAdoptPet`] and the types nested in it, from `#/components/schemas/Body_adopt_pet_pets__pet_id__adopt_post`.

use crate::runtime::{self, serialize_struct};

/// Body_adopt_pet_pets__pet_id__adopt_post
#[derive(Clone, Debug, PartialEq)]
pub struct BodyAdoptPet {
    /// Owner Id
    pub owner_id: uuid::Uuid,
    /// Note
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub note: Option<Option<String>>,
}

serialize_struct!(runtime, BodyAdoptPet { owner_id: required("owner_id"), note: nullable("note") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    BodyAdoptPet { owner_id: required::<uuid::Uuid>("owner_id"), note: nullable::<Option<String>>("note") }
);

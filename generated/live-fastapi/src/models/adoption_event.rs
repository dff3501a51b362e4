// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`AdoptionEvent`] and the types nested in it, from `#/components/schemas/AdoptionEvent`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// AdoptionEvent
///
/// What a `pet_adopted` webhook would carry (documented only: nothing is sent).
#[derive(Clone, Debug, PartialEq)]
pub struct AdoptionEvent {
    /// The `pet` property, which the spec does not describe (`#/components/schemas/AdoptionEvent/properties/pet`).
    pub pet: super::Pet,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/AdoptionEvent/properties/owner`).
    pub owner: super::Owner,
    /// Adopted At
    pub adopted_at: chrono::DateTime<chrono::Utc>,
}

serialize_struct!(
    runtime,
    AdoptionEvent { pet: required("pet"), owner: required("owner"), adopted_at: required("adopted_at") }
);

deserialize_struct!(
    runtime,
    AdoptionEvent {
        pet: required::<super::Pet>("pet"),
        owner: required::<super::Owner>("owner"),
        adopted_at: required::<chrono::DateTime<chrono::Utc>>("adopted_at")
    }
);

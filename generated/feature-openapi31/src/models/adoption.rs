// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Adoption`] and the types nested in it, from `#/components/schemas/Adoption`.

use crate::runtime::{self, deserialize_struct};

/// The `Adoption` schema, which the spec does not describe (`#/components/schemas/Adoption`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Adoption {
    /// The `pet_id` property, which the spec does not describe (`#/components/schemas/Adoption/properties/pet_id`).
    pub pet_id: i64,
    /// The `at` property, which the spec does not describe (`#/components/schemas/Adoption/properties/at`).
    pub at: chrono::DateTime<chrono::Utc>,
    /// The `note` property, which the spec does not describe (`#/components/schemas/Adoption/properties/note`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub note: Option<Option<String>>,
}

deserialize_struct!(
    runtime,
    Adoption {
        pet_id: required::<i64>("pet_id"),
        at: required::<chrono::DateTime<chrono::Utc>>("at"),
        note: nullable::<Option<String>>("note")
    }
);

// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Adoption`] and the types nested in it, from `#/components/schemas/Adoption`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `Adoption` schema, which the spec does not describe (`#/components/schemas/Adoption`).
#[derive(Clone, Debug, PartialEq)]
pub struct Adoption {
    /// The `pet_id` property, which the spec does not describe (`#/components/schemas/Adoption/properties/pet_id`).
    pub pet_id: i64,
    /// The `at` property, which the spec does not describe (`#/components/schemas/Adoption/properties/at`).
    pub at: chrono::DateTime<chrono::Utc>,
    /// The `note` property, which the spec does not describe (`#/components/schemas/Adoption/properties/note`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub note: Option<Option<String>>,
}

serialize_struct!(runtime, Adoption { pet_id: required("pet_id"), at: required("at"), note: nullable("note") });

deserialize_struct!(
    runtime,
    Adoption {
        pet_id: required::<i64>("pet_id"),
        at: required::<chrono::DateTime<chrono::Utc>>("at"),
        note: nullable::<Option<String>>("note")
    }
);

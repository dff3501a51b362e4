// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`PetFedPayload`] and the types nested in it, from `#/webhooks/petFed/post/requestBody/content/application~1json/schema`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// An inline schema, which the spec does not describe (`#/webhooks/petFed/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct PetFedPayload {
    /// The `pet_id` property, which the spec does not describe (`#/webhooks/petFed/post/requestBody/content/application~1json/schema/properties/pet_id`).
    pub pet_id: i64,
    /// The `grams` property, which the spec does not describe (`#/webhooks/petFed/post/requestBody/content/application~1json/schema/properties/grams`).
    pub grams: f64,
}

serialize_struct!(runtime, PetFedPayload { pet_id: required("pet_id"), grams: required("grams") });

deserialize_struct!(runtime, PetFedPayload { pet_id: required::<i64>("pet_id"), grams: required::<f64>("grams") });

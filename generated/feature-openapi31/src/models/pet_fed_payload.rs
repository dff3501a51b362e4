// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`PetFedPayload`] and the types nested in it, from `#/webhooks/petFed/post/requestBody/content/application~1json/schema`.

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PetFedPayload {
    pub pet_id: i64,
    pub grams: f64,
}

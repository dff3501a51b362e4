// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`Animal`] and the types nested in it, from `#/components/schemas/Animal`.

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Animal {
    pub species: String,
}

// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Square`] and the types nested in it, from `#/components/schemas/Square`.

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Square {
    pub kind: String,
    pub side: f64,
}

// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Circle`] and the types nested in it, from `#/components/schemas/Circle`.

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Circle {
    pub kind: String,
    pub radius: f64,
}

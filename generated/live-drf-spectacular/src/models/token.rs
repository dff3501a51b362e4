// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`Token`] and the types nested in it, from `#/components/schemas/Token`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Token {
    pub key: String,
}

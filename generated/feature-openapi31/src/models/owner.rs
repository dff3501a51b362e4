// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Owner`] and the types nested in it, from `#/components/schemas/Owner`.

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Owner {
    pub name: String,
}

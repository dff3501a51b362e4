// @generated from specs/features/responses.yaml by the generator; do not edit.
//! [`Job`] and the types nested in it, from `#/components/schemas/Job`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Job {
    pub id: i64,
}

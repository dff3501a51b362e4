// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ArAssignment`] and the types nested in it, from `#/components/schemas/ArAssignment`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ArAssignment {
    pub function_id: i64,
    pub ar_id: String,
    pub ar_params: super::ArParams,
}

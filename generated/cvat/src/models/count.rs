// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Count`] and the types nested in it, from `#/components/schemas/Count`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Count {
    pub shapes: i64,
    pub tracks: i64,
    pub manual: i64,
    pub interpolated: i64,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationRequestFunction`] and the types nested in it, from `#/components/schemas/AnnotationRequestFunction`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AnnotationRequestFunction {
    pub id: i64,
    pub task: i64,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationId`] and the types nested in it, from `#/components/schemas/AnnotationId`.

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct AnnotationId {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obj_id: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::AnnotationConflictAnnotationType>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shape_type: Option<super::ShapeType>,
}

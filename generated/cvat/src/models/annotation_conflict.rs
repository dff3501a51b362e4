// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationConflict`] and the types nested in it, from `#/components/schemas/AnnotationConflict`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AnnotationConflict {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::AnnotationConflictType>,
    pub annotation_ids: Vec<super::AnnotationId>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<super::AnnotationConflictSeverity>,
}

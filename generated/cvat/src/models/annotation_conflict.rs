// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationConflict`] and the types nested in it, from `#/components/schemas/AnnotationConflict`.

/// The `AnnotationConflict` schema, which the spec does not describe (`#/components/schemas/AnnotationConflict`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AnnotationConflict {
    /// The `id` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/frame`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<i64>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/type`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::AnnotationConflictType>,
    /// The `annotation_ids` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/annotation_ids`).
    pub annotation_ids: Vec<super::AnnotationId>,
    /// The `report_id` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/report_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<i64>,
    /// The `severity` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/severity`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<super::AnnotationConflictSeverity>,
}

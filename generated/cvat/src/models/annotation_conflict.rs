// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationConflict`] and the types nested in it, from `#/components/schemas/AnnotationConflict`.

use crate::runtime::{self, deserialize_struct};

/// The `AnnotationConflict` schema, which the spec does not describe (`#/components/schemas/AnnotationConflict`).
#[derive(Clone, Debug, PartialEq)]
pub struct AnnotationConflict {
    /// The `id` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/frame`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub frame: Option<i64>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/type`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub r#type: Option<super::AnnotationConflictType>,
    /// The `annotation_ids` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/annotation_ids`).
    pub annotation_ids: Vec<super::AnnotationId>,
    /// The `report_id` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/report_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub report_id: Option<i64>,
    /// The `severity` property, which the spec does not describe (`#/components/schemas/AnnotationConflict/properties/severity`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub severity: Option<super::AnnotationConflictSeverity>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AnnotationConflict {
        id: optional("id"),
        frame: optional("frame"),
        r#type: optional("type"),
        annotation_ids: required("annotation_ids"),
        report_id: optional("report_id"),
        severity: optional("severity")
    }
);

deserialize_struct!(
    runtime,
    AnnotationConflict {
        id: optional::<Option<i64>>("id"),
        frame: optional::<Option<i64>>("frame"),
        r#type: optional::<Option<super::AnnotationConflictType>>("type"),
        annotation_ids: required::<Vec<super::AnnotationId>>("annotation_ids"),
        report_id: optional::<Option<i64>>("report_id"),
        severity: optional::<Option<super::AnnotationConflictSeverity>>("severity")
    }
);

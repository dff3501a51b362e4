// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationId`] and the types nested in it, from `#/components/schemas/AnnotationId`.

use crate::runtime::{self, deserialize_struct};

/// The `AnnotationId` schema, which the spec does not describe (`#/components/schemas/AnnotationId`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnnotationId {
    /// The `obj_id` property, which the spec does not describe (`#/components/schemas/AnnotationId/properties/obj_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub obj_id: Option<i64>,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/AnnotationId/properties/job_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub job_id: Option<i64>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/AnnotationId/properties/type`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub r#type: Option<super::AnnotationConflictAnnotationType>,
    /// The `shape_type` property, which the spec does not describe (`#/components/schemas/AnnotationId/properties/shape_type`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub shape_type: Option<super::ShapeType>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AnnotationId {
        obj_id: optional("obj_id"),
        job_id: optional("job_id"),
        r#type: optional("type"),
        shape_type: optional("shape_type")
    }
);

deserialize_struct!(
    runtime,
    AnnotationId {
        obj_id: optional::<Option<i64>>("obj_id"),
        job_id: optional::<Option<i64>>("job_id"),
        r#type: optional::<Option<super::AnnotationConflictAnnotationType>>("type"),
        shape_type: optional::<Option<super::ShapeType>>("shape_type")
    }
);

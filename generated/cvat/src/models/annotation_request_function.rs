// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationRequestFunction`] and the types nested in it, from `#/components/schemas/AnnotationRequestFunction`.

use crate::runtime::{self, deserialize_struct};

/// The `AnnotationRequestFunction` schema, which the spec does not describe (`#/components/schemas/AnnotationRequestFunction`).
#[derive(Clone, Debug, PartialEq)]
pub struct AnnotationRequestFunction {
    /// The `id` property, which the spec does not describe (`#/components/schemas/AnnotationRequestFunction/properties/id`).
    pub id: i64,
    /// The `task` property, which the spec does not describe (`#/components/schemas/AnnotationRequestFunction/properties/task`).
    pub task: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AnnotationRequestFunction { id: required("id"), task: required("task") }
);

deserialize_struct!(runtime, AnnotationRequestFunction { id: required::<i64>("id"), task: required::<i64>("task") });

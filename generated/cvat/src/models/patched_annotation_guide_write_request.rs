// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedAnnotationGuideWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedAnnotationGuideWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedAnnotationGuideWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedAnnotationGuideWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedAnnotationGuideWriteRequest {
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/PatchedAnnotationGuideWriteRequest/properties/task_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub task_id: Option<Option<i64>>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/PatchedAnnotationGuideWriteRequest/properties/project_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub project_id: Option<Option<i64>>,
    /// The `markdown` property, which the spec does not describe (`#/components/schemas/PatchedAnnotationGuideWriteRequest/properties/markdown`).
    pub markdown: Option<String>,
}

serialize_struct!(
    runtime,
    PatchedAnnotationGuideWriteRequest {
        task_id: nullable("task_id"),
        project_id: nullable("project_id"),
        markdown: optional("markdown")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedAnnotationGuideWriteRequest {
        task_id: nullable::<Option<i64>>("task_id"),
        project_id: nullable::<Option<i64>>("project_id"),
        markdown: optional::<Option<String>>("markdown")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TaskFileRequest`] and the types nested in it, from `#/components/schemas/TaskFileRequest`.

use crate::runtime::{self, FilePart, serialize_struct};

/// The `TaskFileRequest` schema, which the spec does not describe (`#/components/schemas/TaskFileRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct TaskFileRequest {
    /// The `task_file` property, which the spec does not describe (`#/components/schemas/TaskFileRequest/properties/task_file`).
    pub task_file: FilePart,
}

serialize_struct!(runtime, TaskFileRequest { task_file: required("task_file") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    TaskFileRequest { task_file: required::<crate::runtime::FilePart>("task_file") }
);

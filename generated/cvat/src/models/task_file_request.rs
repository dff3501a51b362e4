// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TaskFileRequest`] and the types nested in it, from `#/components/schemas/TaskFileRequest`.

use crate::runtime::FilePart;

/// The `TaskFileRequest` schema, which the spec does not describe (`#/components/schemas/TaskFileRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct TaskFileRequest {
    /// The `task_file` property, which the spec does not describe (`#/components/schemas/TaskFileRequest/properties/task_file`).
    pub task_file: FilePart,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TaskFileRequest`] and the types nested in it, from `#/components/schemas/TaskFileRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TaskFileRequest {
    pub task_file: crate::runtime::FilePart,
}

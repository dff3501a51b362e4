// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ProjectFileRequest`] and the types nested in it, from `#/components/schemas/ProjectFileRequest`.

use crate::runtime::FilePart;

/// The `ProjectFileRequest` schema, which the spec does not describe (`#/components/schemas/ProjectFileRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct ProjectFileRequest {
    /// The `project_file` property, which the spec does not describe (`#/components/schemas/ProjectFileRequest/properties/project_file`).
    pub project_file: FilePart,
}

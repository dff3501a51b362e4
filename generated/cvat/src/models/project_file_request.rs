// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ProjectFileRequest`] and the types nested in it, from `#/components/schemas/ProjectFileRequest`.

use crate::runtime::{self, FilePart, serialize_struct};

/// The `ProjectFileRequest` schema, which the spec does not describe (`#/components/schemas/ProjectFileRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectFileRequest {
    /// The `project_file` property, which the spec does not describe (`#/components/schemas/ProjectFileRequest/properties/project_file`).
    pub project_file: FilePart,
}

serialize_struct!(runtime, ProjectFileRequest { project_file: required("project_file") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    ProjectFileRequest { project_file: required::<crate::runtime::FilePart>("project_file") }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ProjectFileRequest`] and the types nested in it, from `#/components/schemas/ProjectFileRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ProjectFileRequest {
    pub project_file: crate::runtime::FilePart,
}

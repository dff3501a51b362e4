// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DatasetFileRequest`] and the types nested in it, from `#/components/schemas/DatasetFileRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DatasetFileRequest {
    pub dataset_file: crate::runtime::FilePart,
}

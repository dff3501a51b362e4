// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DatasetFileRequest`] and the types nested in it, from `#/components/schemas/DatasetFileRequest`.

use crate::runtime::FilePart;

/// The `DatasetFileRequest` schema, which the spec does not describe (`#/components/schemas/DatasetFileRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct DatasetFileRequest {
    /// The `dataset_file` property, which the spec does not describe (`#/components/schemas/DatasetFileRequest/properties/dataset_file`).
    pub dataset_file: FilePart,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DatasetFileRequest`] and the types nested in it, from `#/components/schemas/DatasetFileRequest`.

use crate::runtime::FilePart;

/// The `DatasetFileRequest` schema, which the spec does not describe (`#/components/schemas/DatasetFileRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DatasetFileRequest {
    /// The `dataset_file` property, which the spec does not describe (`#/components/schemas/DatasetFileRequest/properties/dataset_file`).
    pub dataset_file: FilePart,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    DatasetFileRequest { dataset_file: required::<crate::runtime::FilePart>("dataset_file") }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DatasetFileRequest`] and the types nested in it, from `#/components/schemas/DatasetFileRequest`.

use crate::runtime::{self, FilePart, serialize_struct};

/// The `DatasetFileRequest` schema, which the spec does not describe (`#/components/schemas/DatasetFileRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetFileRequest {
    /// The `dataset_file` property, which the spec does not describe (`#/components/schemas/DatasetFileRequest/properties/dataset_file`).
    pub dataset_file: FilePart,
}

serialize_struct!(runtime, DatasetFileRequest { dataset_file: required("dataset_file") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    DatasetFileRequest { dataset_file: required::<crate::runtime::FilePart>("dataset_file") }
);

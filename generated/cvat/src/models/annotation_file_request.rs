// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationFileRequest`] and the types nested in it, from `#/components/schemas/AnnotationFileRequest`.

use crate::runtime::{self, FilePart, serialize_struct};

/// The `AnnotationFileRequest` schema, which the spec does not describe (`#/components/schemas/AnnotationFileRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct AnnotationFileRequest {
    /// The `annotation_file` property, which the spec does not describe (`#/components/schemas/AnnotationFileRequest/properties/annotation_file`).
    pub annotation_file: FilePart,
}

serialize_struct!(runtime, AnnotationFileRequest { annotation_file: required("annotation_file") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AnnotationFileRequest { annotation_file: required::<crate::runtime::FilePart>("annotation_file") }
);

// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`LogoUploadRequest`] and the types nested in it, from `#/components/schemas/LogoUploadRequest`.

use crate::runtime::{self, FilePart, serialize_struct};

/// The `LogoUploadRequest` schema, which the spec does not describe (`#/components/schemas/LogoUploadRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct LogoUploadRequest {
    /// The `file` property, which the spec does not describe (`#/components/schemas/LogoUploadRequest/properties/file`).
    pub file: FilePart,
    /// The `caption` property, which the spec does not describe (`#/components/schemas/LogoUploadRequest/properties/caption`).
    pub caption: String,
}

serialize_struct!(runtime, LogoUploadRequest { file: required("file"), caption: required("caption") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LogoUploadRequest { file: required::<crate::runtime::FilePart>("file"), caption: required::<String>("caption") }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AssetWriteRequest`] and the types nested in it, from `#/components/schemas/AssetWriteRequest`.

use crate::runtime::{self, FilePart, serialize_struct};

/// The `AssetWriteRequest` schema, which the spec does not describe (`#/components/schemas/AssetWriteRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct AssetWriteRequest {
    /// The `guide_id` property, which the spec does not describe (`#/components/schemas/AssetWriteRequest/properties/guide_id`).
    pub guide_id: i64,
    /// The `file` property, which the spec does not describe (`#/components/schemas/AssetWriteRequest/properties/file`).
    ///
    /// Write-only: sent, never returned.
    pub file: FilePart,
}

serialize_struct!(runtime, AssetWriteRequest { guide_id: required("guide_id"), file: required("file") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AssetWriteRequest { guide_id: required::<i64>("guide_id"), file: required::<crate::runtime::FilePart>("file") }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AssetWriteRequest`] and the types nested in it, from `#/components/schemas/AssetWriteRequest`.

use crate::runtime::FilePart;

/// The `AssetWriteRequest` schema, which the spec does not describe (`#/components/schemas/AssetWriteRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AssetWriteRequest {
    /// The `guide_id` property, which the spec does not describe (`#/components/schemas/AssetWriteRequest/properties/guide_id`).
    pub guide_id: i64,
    /// The `file` property, which the spec does not describe (`#/components/schemas/AssetWriteRequest/properties/file`).
    ///
    /// Write-only: sent, never returned.
    pub file: FilePart,
}

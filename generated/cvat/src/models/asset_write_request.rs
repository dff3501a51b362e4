// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AssetWriteRequest`] and the types nested in it, from `#/components/schemas/AssetWriteRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct AssetWriteRequest {
    pub guide_id: i64,
    /// Write-only: sent, never returned.
    pub file: crate::runtime::FilePart,
}

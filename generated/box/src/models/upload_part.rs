// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UploadPart`] and the types nested in it, from `#/components/schemas/UploadPart`.

/// Upload part
///
/// The representation of an upload
/// session chunk.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UploadPart {
    /// The unique ID of the chunk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_id: Option<String>,
    /// The offset of the chunk within the file
    /// in bytes. The lower bound of the position
    /// of the chunk within the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// The size of the chunk in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// The SHA1 hash of the chunk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha1: Option<String>,
}

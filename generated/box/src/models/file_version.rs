// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileVersion`] and the types nested in it, from `#/components/schemas/FileVersion`.

/// File version
///
/// A standard representation of a file version.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileVersion {
    /// The unique identifier that represent a file version.
    pub id: String,
    /// The value will always be `file_version`.
    pub r#type: super::FileVersionBaseTypeField,
    /// The SHA1 hash of this version of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha1: Option<String>,
    /// The name of the file version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Size of the file version in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// When the file version object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the file version object was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/FileVersion/allOf/1/properties/modified_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<super::UserMini>,
    /// When the file version object was trashed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trashed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `trashed_by` property, which the spec does not describe (`#/components/schemas/FileVersion/allOf/1/properties/trashed_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trashed_by: Option<super::UserMini>,
    /// When the file version was restored from the trash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `restored_by` property, which the spec does not describe (`#/components/schemas/FileVersion/allOf/1/properties/restored_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored_by: Option<super::UserMini>,
    /// When the file version object will be permanently deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purged_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `uploader_display_name` property, which the spec does not describe (`#/components/schemas/FileVersion/allOf/1/properties/uploader_display_name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploader_display_name: Option<String>,
}

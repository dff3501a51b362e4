// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileVersion`] and the types nested in it, from `#/components/schemas/FileVersion`.

use crate::runtime::{self, deserialize_struct};

/// File version
///
/// A standard representation of a file version.
#[derive(Clone, Debug, PartialEq)]
pub struct FileVersion {
    /// The unique identifier that represent a file version.
    pub id: String,
    /// The value will always be `file_version`.
    pub r#type: super::FileVersionBaseTypeField,
    /// The SHA1 hash of this version of the file.
    pub sha1: Option<String>,
    /// The name of the file version.
    pub name: Option<String>,
    /// Size of the file version in bytes.
    pub size: Option<i64>,
    /// When the file version object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the file version object was last updated.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/FileVersion/allOf/1/properties/modified_by`).
    pub modified_by: Option<super::UserMini>,
    /// When the file version object was trashed.
    pub trashed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `trashed_by` property, which the spec does not describe (`#/components/schemas/FileVersion/allOf/1/properties/trashed_by`).
    pub trashed_by: Option<super::UserMini>,
    /// When the file version was restored from the trash.
    pub restored_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `restored_by` property, which the spec does not describe (`#/components/schemas/FileVersion/allOf/1/properties/restored_by`).
    pub restored_by: Option<super::UserMini>,
    /// When the file version object will be permanently deleted.
    pub purged_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `uploader_display_name` property, which the spec does not describe (`#/components/schemas/FileVersion/allOf/1/properties/uploader_display_name`).
    pub uploader_display_name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileVersion {
        id: required("id"),
        r#type: required("type"),
        sha1: optional("sha1"),
        name: optional("name"),
        size: optional("size"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        modified_by: optional("modified_by"),
        trashed_at: optional("trashed_at"),
        trashed_by: optional("trashed_by"),
        restored_at: optional("restored_at"),
        restored_by: optional("restored_by"),
        purged_at: optional("purged_at"),
        uploader_display_name: optional("uploader_display_name")
    }
);

deserialize_struct!(
    runtime,
    FileVersion {
        id: required::<String>("id"),
        r#type: required::<super::FileVersionBaseTypeField>("type"),
        sha1: optional::<Option<String>>("sha1"),
        name: optional::<Option<String>>("name"),
        size: optional::<Option<i64>>("size"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        modified_by: optional::<Option<super::UserMini>>("modified_by"),
        trashed_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("trashed_at"),
        trashed_by: optional::<Option<super::UserMini>>("trashed_by"),
        restored_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("restored_at"),
        restored_by: optional::<Option<super::UserMini>>("restored_by"),
        purged_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("purged_at"),
        uploader_display_name: optional::<Option<String>>("uploader_display_name")
    }
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TrashFolder`] and the types nested in it, from `#/components/schemas/TrashFolder`.

use crate::runtime::{self, string_enum};

/// Trashed Folder
///
/// Represents a trashed folder.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TrashFolder {
    /// The unique identifier that represent a folder.
    ///
    /// The ID for any folder can be determined
    /// by visiting a folder in the web application
    /// and copying the ID from the URL. For example,
    /// for the URL `https://*.app.box.com/folders/123`
    /// the `folder_id` is `123`.
    pub id: String,
    /// The HTTP `etag` of this folder. This can be used within some API
    /// endpoints in the `If-Match` and `If-None-Match` headers to only
    /// perform changes on the folder if (no) changes have happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The value will always be `folder`.
    pub r#type: super::TrashFolderTypeField,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/TrashFolder/properties/sequence_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<String>,
    /// The name of the folder.
    pub name: String,
    /// The date and time when the folder was created. This value may
    /// be `null` for some folders such as the root folder or the trash
    /// folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time when the folder was last updated. This value may
    /// be `null` for some folders such as the root folder or the trash
    /// folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/TrashFolder/properties/description`).
    pub description: String,
    /// The folder size in bytes.
    ///
    /// Be careful parsing this integer as its
    /// value can get very large.
    pub size: i64,
    /// The `path_collection` property, which the spec does not describe (`#/components/schemas/TrashFolder/properties/path_collection`).
    pub path_collection: super::TrashFolderPathCollectionField,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/TrashFolder/properties/created_by`).
    pub created_by: super::UserMini,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/TrashFolder/properties/modified_by`).
    pub modified_by: super::UserMini,
    /// The time at which this folder was put in the trash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trashed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time at which this folder is expected to be purged
    /// from the trash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purged_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time at which this folder was originally
    /// created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time at which this folder was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/TrashFolder/properties/owned_by`).
    pub owned_by: super::UserMini,
    /// The shared link for this folder. This will
    /// be `null` if a folder has been trashed, since the link will no longer
    /// be active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_link: Option<String>,
    /// The folder upload email for this folder. This will
    /// be `null` if a folder has been trashed, since the upload will no longer
    /// work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder_upload_email: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/TrashFolder/properties/parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<super::FolderMini>,
    /// Defines if this item has been deleted or not.
    ///
    /// * `active` when the item has is not in the trash
    /// * `trashed` when the item has been moved to the trash but not deleted
    /// * `deleted` when the item has been permanently deleted.
    pub item_status: super::TrashFolderItemStatusField,
}

/// The value will always be `folder`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashFolderTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrashFolderTypeField, Unknown, Folder = "folder");

/// Path collection (Trash)
///
/// A list of parent folders for an item in the trash.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TrashFolderPathCollectionField {
    /// The number of folders in this list.
    pub total_count: i64,
    /// Array of folders for this item's path collection.
    pub entries: Vec<super::TrashFolderPathCollectionEntriesField>,
}

/// The parent folder for this item.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TrashFolderPathCollectionEntriesField {
    /// The value will always be `folder`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::TrashFolderPathCollectionEntriesTypeField>,
    /// The unique identifier that represent a folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// This field is null for the Trash folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<String>,
    /// This field is null for the Trash folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The name of the Trash folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The value will always be `folder`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashFolderPathCollectionEntriesTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrashFolderPathCollectionEntriesTypeField, Unknown, Folder = "folder");

/// Defines if this item has been deleted or not.
///
/// * `active` when the item has is not in the trash
/// * `trashed` when the item has been moved to the trash but not deleted
/// * `deleted` when the item has been permanently deleted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashFolderItemStatusField {
    /// `active`
    Active,
    /// `trashed`
    Trashed,
    /// `deleted`
    Deleted,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrashFolderItemStatusField, Unknown, Active = "active", Trashed = "trashed", Deleted = "deleted");

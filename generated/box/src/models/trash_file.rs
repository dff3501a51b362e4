// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TrashFile`] and the types nested in it, from `#/components/schemas/TrashFile`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Trashed File
///
/// Represents a trashed file.
#[derive(Clone, Debug, PartialEq)]
pub struct TrashFile {
    /// The unique identifier that represent a file.
    ///
    /// The ID for any file can be determined
    /// by visiting a file in the web application
    /// and copying the ID from the URL. For example,
    /// for the URL `https://*.app.box.com/files/123`
    /// the `file_id` is `123`.
    pub id: String,
    /// The HTTP `etag` of this file. This can be used within some API
    /// endpoints in the `If-Match` and `If-None-Match` headers to only
    /// perform changes on the file if (no) changes have happened.
    pub etag: Option<String>,
    /// The value will always be `file`.
    pub r#type: super::TrashFileTypeField,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/TrashFile/properties/sequence_id`).
    pub sequence_id: String,
    /// The name of the file.
    pub name: Option<String>,
    /// The SHA1 hash of the file. This can be used to compare the contents
    /// of a file on Box with a local file.
    pub sha1: String,
    /// The `file_version` property, which the spec does not describe (`#/components/schemas/TrashFile/properties/file_version`).
    pub file_version: Option<super::FileVersionMini>,
    /// The optional description of this file.
    pub description: String,
    /// The file size in bytes. Be careful parsing this integer as it can
    /// get very large and cause an integer overflow.
    pub size: i64,
    /// The `path_collection` property, which the spec does not describe (`#/components/schemas/TrashFile/properties/path_collection`).
    pub path_collection: super::TrashFilePathCollectionField,
    /// The date and time when the file was created on Box.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The date and time when the file was last updated on Box.
    pub modified_at: chrono::DateTime<chrono::Utc>,
    /// The time at which this file was put in the trash.
    pub trashed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time at which this file is expected to be purged
    /// from the trash.
    pub purged_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time at which this file was originally
    /// created, which might be before it was uploaded to Box.
    pub content_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time at which this file was last updated,
    /// which might be before it was uploaded to Box.
    pub content_modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/TrashFile/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/TrashFile/properties/modified_by`).
    pub modified_by: super::UserMini,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/TrashFile/properties/owned_by`).
    pub owned_by: super::UserMini,
    /// The shared link for this file. This will
    /// be `null` if a file has been trashed, since the link will no longer
    /// be active.
    pub shared_link: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/TrashFile/properties/parent`).
    pub parent: Option<super::FolderMini>,
    /// Defines if this item has been deleted or not.
    ///
    /// * `active` when the item has is not in the trash
    /// * `trashed` when the item has been moved to the trash but not deleted
    /// * `deleted` when the item has been permanently deleted.
    pub item_status: super::TrashFileItemStatusField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashFile {
        id: required("id"),
        etag: optional("etag"),
        r#type: required("type"),
        sequence_id: required("sequence_id"),
        name: optional("name"),
        sha1: required("sha1"),
        file_version: optional("file_version"),
        description: required("description"),
        size: required("size"),
        path_collection: required("path_collection"),
        created_at: required("created_at"),
        modified_at: required("modified_at"),
        trashed_at: optional("trashed_at"),
        purged_at: optional("purged_at"),
        content_created_at: optional("content_created_at"),
        content_modified_at: optional("content_modified_at"),
        created_by: optional("created_by"),
        modified_by: required("modified_by"),
        owned_by: required("owned_by"),
        shared_link: optional("shared_link"),
        parent: optional("parent"),
        item_status: required("item_status")
    }
);

deserialize_struct!(
    runtime,
    TrashFile {
        id: required::<String>("id"),
        etag: optional::<Option<String>>("etag"),
        r#type: required::<super::TrashFileTypeField>("type"),
        sequence_id: required::<String>("sequence_id"),
        name: optional::<Option<String>>("name"),
        sha1: required::<String>("sha1"),
        file_version: optional::<Option<super::FileVersionMini>>("file_version"),
        description: required::<String>("description"),
        size: required::<i64>("size"),
        path_collection: required::<super::TrashFilePathCollectionField>("path_collection"),
        created_at: required::<chrono::DateTime<chrono::Utc>>("created_at"),
        modified_at: required::<chrono::DateTime<chrono::Utc>>("modified_at"),
        trashed_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("trashed_at"),
        purged_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("purged_at"),
        content_created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_created_at"),
        content_modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_modified_at"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        modified_by: required::<super::UserMini>("modified_by"),
        owned_by: required::<super::UserMini>("owned_by"),
        shared_link: optional::<Option<String>>("shared_link"),
        parent: optional::<Option<super::FolderMini>>("parent"),
        item_status: required::<super::TrashFileItemStatusField>("item_status")
    }
);

/// The value will always be `file`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashFileTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrashFileTypeField, Unknown, File = "file");

/// Path collection (Trash)
///
/// A list of parent folders for an item in the trash.
#[derive(Clone, Debug, PartialEq)]
pub struct TrashFilePathCollectionField {
    /// The number of folders in this list.
    pub total_count: i64,
    /// Array of folders for this item's path collection.
    pub entries: Vec<super::TrashFilePathCollectionEntriesField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashFilePathCollectionField { total_count: required("total_count"), entries: required("entries") }
);

deserialize_struct!(
    runtime,
    TrashFilePathCollectionField {
        total_count: required::<i64>("total_count"),
        entries: required::<Vec<super::TrashFilePathCollectionEntriesField>>("entries")
    }
);

/// The parent folder for this item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrashFilePathCollectionEntriesField {
    /// The value will always be `folder`.
    pub r#type: Option<super::TrashFilePathCollectionEntriesTypeField>,
    /// The unique identifier that represent a folder.
    pub id: Option<String>,
    /// This field is null for the Trash folder.
    pub sequence_id: Option<String>,
    /// This field is null for the Trash folder.
    pub etag: Option<String>,
    /// The name of the Trash folder.
    pub name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashFilePathCollectionEntriesField {
        r#type: optional("type"),
        id: optional("id"),
        sequence_id: optional("sequence_id"),
        etag: optional("etag"),
        name: optional("name")
    }
);

deserialize_struct!(
    runtime,
    TrashFilePathCollectionEntriesField {
        r#type: optional::<Option<super::TrashFilePathCollectionEntriesTypeField>>("type"),
        id: optional::<Option<String>>("id"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        etag: optional::<Option<String>>("etag"),
        name: optional::<Option<String>>("name")
    }
);

/// The value will always be `folder`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashFilePathCollectionEntriesTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrashFilePathCollectionEntriesTypeField, Unknown, Folder = "folder");

/// Defines if this item has been deleted or not.
///
/// * `active` when the item has is not in the trash
/// * `trashed` when the item has been moved to the trash but not deleted
/// * `deleted` when the item has been permanently deleted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashFileItemStatusField {
    /// `active`
    Active,
    /// `trashed`
    Trashed,
    /// `deleted`
    Deleted,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrashFileItemStatusField, Unknown, Active = "active", Trashed = "trashed", Deleted = "deleted");

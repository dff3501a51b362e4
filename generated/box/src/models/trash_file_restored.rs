// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TrashFileRestored`] and the types nested in it, from `#/components/schemas/TrashFileRestored`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Trashed File (Restored)
///
/// Represents a file restored from the trash.
#[derive(Clone, Debug, PartialEq)]
pub struct TrashFileRestored {
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
    pub r#type: super::TrashFileRestoredTypeField,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/TrashFileRestored/properties/sequence_id`).
    pub sequence_id: String,
    /// The name of the file.
    pub name: Option<String>,
    /// The SHA1 hash of the file. This can be used to compare the contents
    /// of a file on Box with a local file.
    pub sha1: String,
    /// The `file_version` property, which the spec does not describe (`#/components/schemas/TrashFileRestored/properties/file_version`).
    pub file_version: Option<super::FileVersionMini>,
    /// The optional description of this file.
    pub description: String,
    /// The file size in bytes. Be careful parsing this integer as it can
    /// get very large and cause an integer overflow.
    pub size: i64,
    /// The `path_collection` property, which the spec does not describe (`#/components/schemas/TrashFileRestored/properties/path_collection`).
    pub path_collection: super::TrashFileRestoredPathCollectionField,
    /// The date and time when the file was created on Box.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The date and time when the file was last updated on Box.
    pub modified_at: chrono::DateTime<chrono::Utc>,
    /// The time at which this file was put in the
    /// trash - becomes `null` after restore.
    pub trashed_at: Option<String>,
    /// The time at which this file is expected to be purged
    /// from the trash  - becomes `null` after restore.
    pub purged_at: Option<String>,
    /// The date and time at which this file was originally
    /// created, which might be before it was uploaded to Box.
    pub content_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time at which this file was last updated,
    /// which might be before it was uploaded to Box.
    pub content_modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/TrashFileRestored/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/TrashFileRestored/properties/modified_by`).
    pub modified_by: super::UserMini,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/TrashFileRestored/properties/owned_by`).
    pub owned_by: super::UserMini,
    /// The shared link for this file. This will
    /// be `null` if a file had been trashed, even though the original shared
    /// link does become active again.
    pub shared_link: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/TrashFileRestored/properties/parent`).
    pub parent: Option<super::FolderMini>,
    /// Defines if this item has been deleted or not.
    ///
    /// * `active` when the item has is not in the trash
    /// * `trashed` when the item has been moved to the trash but not deleted
    /// * `deleted` when the item has been permanently deleted.
    pub item_status: super::TrashFileRestoredItemStatusField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashFileRestored {
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
    TrashFileRestored {
        id: required::<String>("id"),
        etag: optional::<Option<String>>("etag"),
        r#type: required::<super::TrashFileRestoredTypeField>("type"),
        sequence_id: required::<String>("sequence_id"),
        name: optional::<Option<String>>("name"),
        sha1: required::<String>("sha1"),
        file_version: optional::<Option<super::FileVersionMini>>("file_version"),
        description: required::<String>("description"),
        size: required::<i64>("size"),
        path_collection: required::<super::TrashFileRestoredPathCollectionField>("path_collection"),
        created_at: required::<chrono::DateTime<chrono::Utc>>("created_at"),
        modified_at: required::<chrono::DateTime<chrono::Utc>>("modified_at"),
        trashed_at: optional::<Option<String>>("trashed_at"),
        purged_at: optional::<Option<String>>("purged_at"),
        content_created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_created_at"),
        content_modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_modified_at"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        modified_by: required::<super::UserMini>("modified_by"),
        owned_by: required::<super::UserMini>("owned_by"),
        shared_link: optional::<Option<String>>("shared_link"),
        parent: optional::<Option<super::FolderMini>>("parent"),
        item_status: required::<super::TrashFileRestoredItemStatusField>("item_status")
    }
);

/// The value will always be `file`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashFileRestoredTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrashFileRestoredTypeField, Unknown, File = "file");

/// Path collection
///
/// A list of parent folders for an item.
#[derive(Clone, Debug, PartialEq)]
pub struct TrashFileRestoredPathCollectionField {
    /// The number of folders in this list.
    pub total_count: i64,
    /// The parent folders for this item.
    pub entries: Vec<super::FolderMini>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashFileRestoredPathCollectionField { total_count: required("total_count"), entries: required("entries") }
);

deserialize_struct!(
    runtime,
    TrashFileRestoredPathCollectionField {
        total_count: required::<i64>("total_count"),
        entries: required::<Vec<super::FolderMini>>("entries")
    }
);

/// Defines if this item has been deleted or not.
///
/// * `active` when the item has is not in the trash
/// * `trashed` when the item has been moved to the trash but not deleted
/// * `deleted` when the item has been permanently deleted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashFileRestoredItemStatusField {
    /// `active`
    Active,
    /// `trashed`
    Trashed,
    /// `deleted`
    Deleted,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    TrashFileRestoredItemStatusField,
    Unknown,
    Active = "active",
    Trashed = "trashed",
    Deleted = "deleted"
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TrashFolder`] and the types nested in it, from `#/components/schemas/TrashFolder`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Trashed Folder
///
/// Represents a trashed folder.
#[derive(Clone, Debug, PartialEq)]
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
    pub etag: Option<String>,
    /// The value will always be `folder`.
    pub r#type: super::TrashFolderTypeField,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/TrashFolder/properties/sequence_id`).
    pub sequence_id: Option<String>,
    /// The name of the folder.
    pub name: String,
    /// The date and time when the folder was created. This value may
    /// be `null` for some folders such as the root folder or the trash
    /// folder.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time when the folder was last updated. This value may
    /// be `null` for some folders such as the root folder or the trash
    /// folder.
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
    pub trashed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time at which this folder is expected to be purged
    /// from the trash.
    pub purged_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time at which this folder was originally
    /// created.
    pub content_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time at which this folder was last updated.
    pub content_modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/TrashFolder/properties/owned_by`).
    pub owned_by: super::UserMini,
    /// The shared link for this folder. This will
    /// be `null` if a folder has been trashed, since the link will no longer
    /// be active.
    pub shared_link: Option<String>,
    /// The folder upload email for this folder. This will
    /// be `null` if a folder has been trashed, since the upload will no longer
    /// work.
    pub folder_upload_email: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/TrashFolder/properties/parent`).
    pub parent: Option<super::FolderMini>,
    /// Defines if this item has been deleted or not.
    ///
    /// * `active` when the item has is not in the trash
    /// * `trashed` when the item has been moved to the trash but not deleted
    /// * `deleted` when the item has been permanently deleted.
    pub item_status: super::TrashFolderItemStatusField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashFolder {
        id: required("id"),
        etag: optional("etag"),
        r#type: required("type"),
        sequence_id: optional("sequence_id"),
        name: required("name"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        description: required("description"),
        size: required("size"),
        path_collection: required("path_collection"),
        created_by: required("created_by"),
        modified_by: required("modified_by"),
        trashed_at: optional("trashed_at"),
        purged_at: optional("purged_at"),
        content_created_at: optional("content_created_at"),
        content_modified_at: optional("content_modified_at"),
        owned_by: required("owned_by"),
        shared_link: optional("shared_link"),
        folder_upload_email: optional("folder_upload_email"),
        parent: optional("parent"),
        item_status: required("item_status")
    }
);

deserialize_struct!(
    runtime,
    TrashFolder {
        id: required::<String>("id"),
        etag: optional::<Option<String>>("etag"),
        r#type: required::<super::TrashFolderTypeField>("type"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        name: required::<String>("name"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        description: required::<String>("description"),
        size: required::<i64>("size"),
        path_collection: required::<super::TrashFolderPathCollectionField>("path_collection"),
        created_by: required::<super::UserMini>("created_by"),
        modified_by: required::<super::UserMini>("modified_by"),
        trashed_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("trashed_at"),
        purged_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("purged_at"),
        content_created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_created_at"),
        content_modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_modified_at"),
        owned_by: required::<super::UserMini>("owned_by"),
        shared_link: optional::<Option<String>>("shared_link"),
        folder_upload_email: optional::<Option<String>>("folder_upload_email"),
        parent: optional::<Option<super::FolderMini>>("parent"),
        item_status: required::<super::TrashFolderItemStatusField>("item_status")
    }
);

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
#[derive(Clone, Debug, PartialEq)]
pub struct TrashFolderPathCollectionField {
    /// The number of folders in this list.
    pub total_count: i64,
    /// Array of folders for this item's path collection.
    pub entries: Vec<super::TrashFolderPathCollectionEntriesField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashFolderPathCollectionField { total_count: required("total_count"), entries: required("entries") }
);

deserialize_struct!(
    runtime,
    TrashFolderPathCollectionField {
        total_count: required::<i64>("total_count"),
        entries: required::<Vec<super::TrashFolderPathCollectionEntriesField>>("entries")
    }
);

/// The parent folder for this item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrashFolderPathCollectionEntriesField {
    /// The value will always be `folder`.
    pub r#type: Option<super::TrashFolderPathCollectionEntriesTypeField>,
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
    TrashFolderPathCollectionEntriesField {
        r#type: optional("type"),
        id: optional("id"),
        sequence_id: optional("sequence_id"),
        etag: optional("etag"),
        name: optional("name")
    }
);

deserialize_struct!(
    runtime,
    TrashFolderPathCollectionEntriesField {
        r#type: optional::<Option<super::TrashFolderPathCollectionEntriesTypeField>>("type"),
        id: optional::<Option<String>>("id"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        etag: optional::<Option<String>>("etag"),
        name: optional::<Option<String>>("name")
    }
);

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

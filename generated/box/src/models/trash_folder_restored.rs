// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TrashFolderRestored`] and the types nested in it, from `#/components/schemas/TrashFolderRestored`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Trashed Folder (Restored)
///
/// Represents a folder restored from the trash.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrashFolderRestored {
    /// The unique identifier that represent a folder.
    ///
    /// The ID for any folder can be determined
    /// by visiting a folder in the web application
    /// and copying the ID from the URL. For example,
    /// for the URL `https://*.app.box.com/folders/123`
    /// the `folder_id` is `123`.
    pub id: Option<String>,
    /// The HTTP `etag` of this folder. This can be used within some API
    /// endpoints in the `If-Match` and `If-None-Match` headers to only
    /// perform changes on the folder if (no) changes have happened.
    pub etag: Option<String>,
    /// The value will always be `folder`.
    pub r#type: Option<super::TrashFolderRestoredTypeField>,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/TrashFolderRestored/properties/sequence_id`).
    pub sequence_id: Option<String>,
    /// The name of the folder.
    pub name: Option<String>,
    /// The date and time when the folder was created. This value may
    /// be `null` for some folders such as the root folder or the trash
    /// folder.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time when the folder was last updated. This value may
    /// be `null` for some folders such as the root folder or the trash
    /// folder.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/TrashFolderRestored/properties/description`).
    pub description: Option<String>,
    /// The folder size in bytes.
    ///
    /// Be careful parsing this integer as its
    /// value can get very large.
    pub size: Option<i64>,
    /// The `path_collection` property, which the spec does not describe (`#/components/schemas/TrashFolderRestored/properties/path_collection`).
    pub path_collection: Option<super::TrashFolderRestoredPathCollectionField>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/TrashFolderRestored/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/TrashFolderRestored/properties/modified_by`).
    pub modified_by: Option<super::UserMini>,
    /// The time at which this folder was put in the
    /// trash - becomes `null` after restore.
    pub trashed_at: Option<String>,
    /// The time at which this folder is expected to be purged
    /// from the trash  - becomes `null` after restore.
    pub purged_at: Option<String>,
    /// The date and time at which this folder was originally
    /// created.
    pub content_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time at which this folder was last updated.
    pub content_modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/TrashFolderRestored/properties/owned_by`).
    pub owned_by: Option<super::UserMini>,
    /// The shared link for this file. This will
    /// be `null` if a folder had been trashed, even though the original shared
    /// link does become active again.
    pub shared_link: Option<String>,
    /// The folder upload email for this folder. This will
    /// be `null` if a folder has been trashed, even though the original upload
    /// email does become active again.
    pub folder_upload_email: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/TrashFolderRestored/properties/parent`).
    pub parent: Option<super::FolderMini>,
    /// Defines if this item has been deleted or not.
    ///
    /// * `active` when the item has is not in the trash,
    /// * `trashed` when the item has been moved to the trash but not deleted,
    /// * `deleted` when the item has been permanently deleted.
    pub item_status: Option<super::TrashFolderRestoredItemStatusField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashFolderRestored {
        id: optional("id"),
        etag: optional("etag"),
        r#type: optional("type"),
        sequence_id: optional("sequence_id"),
        name: optional("name"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        description: optional("description"),
        size: optional("size"),
        path_collection: optional("path_collection"),
        created_by: optional("created_by"),
        modified_by: optional("modified_by"),
        trashed_at: optional("trashed_at"),
        purged_at: optional("purged_at"),
        content_created_at: optional("content_created_at"),
        content_modified_at: optional("content_modified_at"),
        owned_by: optional("owned_by"),
        shared_link: optional("shared_link"),
        folder_upload_email: optional("folder_upload_email"),
        parent: optional("parent"),
        item_status: optional("item_status")
    }
);

deserialize_struct!(
    runtime,
    TrashFolderRestored {
        id: optional::<Option<String>>("id"),
        etag: optional::<Option<String>>("etag"),
        r#type: optional::<Option<super::TrashFolderRestoredTypeField>>("type"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        name: optional::<Option<String>>("name"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        description: optional::<Option<String>>("description"),
        size: optional::<Option<i64>>("size"),
        path_collection: optional::<Option<super::TrashFolderRestoredPathCollectionField>>("path_collection"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        modified_by: optional::<Option<super::UserMini>>("modified_by"),
        trashed_at: optional::<Option<String>>("trashed_at"),
        purged_at: optional::<Option<String>>("purged_at"),
        content_created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_created_at"),
        content_modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_modified_at"),
        owned_by: optional::<Option<super::UserMini>>("owned_by"),
        shared_link: optional::<Option<String>>("shared_link"),
        folder_upload_email: optional::<Option<String>>("folder_upload_email"),
        parent: optional::<Option<super::FolderMini>>("parent"),
        item_status: optional::<Option<super::TrashFolderRestoredItemStatusField>>("item_status")
    }
);

/// The value will always be `folder`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashFolderRestoredTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrashFolderRestoredTypeField, Unknown, Folder = "folder");

/// Path collection
///
/// A list of parent folders for an item.
#[derive(Clone, Debug, PartialEq)]
pub struct TrashFolderRestoredPathCollectionField {
    /// The number of folders in this list.
    pub total_count: i64,
    /// The parent folders for this item.
    pub entries: Vec<super::FolderMini>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashFolderRestoredPathCollectionField { total_count: required("total_count"), entries: required("entries") }
);

deserialize_struct!(
    runtime,
    TrashFolderRestoredPathCollectionField {
        total_count: required::<i64>("total_count"),
        entries: required::<Vec<super::FolderMini>>("entries")
    }
);

/// Defines if this item has been deleted or not.
///
/// * `active` when the item has is not in the trash,
/// * `trashed` when the item has been moved to the trash but not deleted,
/// * `deleted` when the item has been permanently deleted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashFolderRestoredItemStatusField {
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
    TrashFolderRestoredItemStatusField,
    Unknown,
    Active = "active",
    Trashed = "trashed",
    Deleted = "deleted"
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TrashWebLink`] and the types nested in it, from `#/components/schemas/TrashWebLink`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Trashed Web Link
///
/// Represents a trashed web link.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrashWebLink {
    /// The value will always be `web_link`.
    pub r#type: Option<super::TrashWebLinkTypeField>,
    /// The unique identifier for this web link.
    pub id: Option<String>,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/TrashWebLink/properties/sequence_id`).
    pub sequence_id: Option<String>,
    /// The entity tag of this web link. Used with `If-Match`
    /// headers.
    pub etag: Option<String>,
    /// The name of the web link.
    pub name: Option<String>,
    /// The URL this web link points to.
    pub url: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/TrashWebLink/properties/parent`).
    pub parent: Option<super::FolderMini>,
    /// The description accompanying the web link. This is
    /// visible within the Box web application.
    pub description: Option<String>,
    /// The `path_collection` property, which the spec does not describe (`#/components/schemas/TrashWebLink/properties/path_collection`).
    pub path_collection: Option<super::TrashWebLinkPathCollectionField>,
    /// When this file was created on Box’s servers.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When this file was last updated on the Box
    /// servers.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When this file was last moved to the trash.
    pub trashed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When this file will be permanently deleted.
    pub purged_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/TrashWebLink/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/TrashWebLink/properties/modified_by`).
    pub modified_by: Option<super::UserMini>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/TrashWebLink/properties/owned_by`).
    pub owned_by: Option<super::UserMini>,
    /// The shared link for this bookmark. This will
    /// be `null` if a bookmark has been trashed, since the link will no longer
    /// be active.
    pub shared_link: Option<String>,
    /// Whether this item is deleted or not. Values include `active`,
    /// `trashed` if the file has been moved to the trash, and `deleted` if
    /// the file has been permanently deleted.
    pub item_status: Option<super::TrashWebLinkItemStatusField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashWebLink {
        r#type: optional("type"),
        id: optional("id"),
        sequence_id: optional("sequence_id"),
        etag: optional("etag"),
        name: optional("name"),
        url: optional("url"),
        parent: optional("parent"),
        description: optional("description"),
        path_collection: optional("path_collection"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        trashed_at: optional("trashed_at"),
        purged_at: optional("purged_at"),
        created_by: optional("created_by"),
        modified_by: optional("modified_by"),
        owned_by: optional("owned_by"),
        shared_link: optional("shared_link"),
        item_status: optional("item_status")
    }
);

deserialize_struct!(
    runtime,
    TrashWebLink {
        r#type: optional::<Option<super::TrashWebLinkTypeField>>("type"),
        id: optional::<Option<String>>("id"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        etag: optional::<Option<String>>("etag"),
        name: optional::<Option<String>>("name"),
        url: optional::<Option<String>>("url"),
        parent: optional::<Option<super::FolderMini>>("parent"),
        description: optional::<Option<String>>("description"),
        path_collection: optional::<Option<super::TrashWebLinkPathCollectionField>>("path_collection"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        trashed_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("trashed_at"),
        purged_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("purged_at"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        modified_by: optional::<Option<super::UserMini>>("modified_by"),
        owned_by: optional::<Option<super::UserMini>>("owned_by"),
        shared_link: optional::<Option<String>>("shared_link"),
        item_status: optional::<Option<super::TrashWebLinkItemStatusField>>("item_status")
    }
);

/// The value will always be `web_link`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashWebLinkTypeField {
    /// `web_link`
    WebLink,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrashWebLinkTypeField, Unknown, WebLink = "web_link");

/// Path collection (Trash)
///
/// A list of parent folders for an item in the trash.
#[derive(Clone, Debug, PartialEq)]
pub struct TrashWebLinkPathCollectionField {
    /// The number of folders in this list.
    pub total_count: i64,
    /// Array of folders for this item's path collection.
    pub entries: Vec<super::TrashWebLinkPathCollectionEntriesField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashWebLinkPathCollectionField { total_count: required("total_count"), entries: required("entries") }
);

deserialize_struct!(
    runtime,
    TrashWebLinkPathCollectionField {
        total_count: required::<i64>("total_count"),
        entries: required::<Vec<super::TrashWebLinkPathCollectionEntriesField>>("entries")
    }
);

/// The parent folder for this item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrashWebLinkPathCollectionEntriesField {
    /// The value will always be `folder`.
    pub r#type: Option<super::TrashWebLinkPathCollectionEntriesTypeField>,
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
    TrashWebLinkPathCollectionEntriesField {
        r#type: optional("type"),
        id: optional("id"),
        sequence_id: optional("sequence_id"),
        etag: optional("etag"),
        name: optional("name")
    }
);

deserialize_struct!(
    runtime,
    TrashWebLinkPathCollectionEntriesField {
        r#type: optional::<Option<super::TrashWebLinkPathCollectionEntriesTypeField>>("type"),
        id: optional::<Option<String>>("id"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        etag: optional::<Option<String>>("etag"),
        name: optional::<Option<String>>("name")
    }
);

/// The value will always be `folder`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashWebLinkPathCollectionEntriesTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrashWebLinkPathCollectionEntriesTypeField, Unknown, Folder = "folder");

/// Whether this item is deleted or not. Values include `active`,
/// `trashed` if the file has been moved to the trash, and `deleted` if
/// the file has been permanently deleted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashWebLinkItemStatusField {
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
    TrashWebLinkItemStatusField,
    Unknown,
    Active = "active",
    Trashed = "trashed",
    Deleted = "deleted"
);

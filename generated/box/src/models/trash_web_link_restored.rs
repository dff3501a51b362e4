// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TrashWebLinkRestored`] and the types nested in it, from `#/components/schemas/TrashWebLinkRestored`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Trashed Web Link (Restored)
///
/// Represents a web link restored from the trash.
#[derive(Clone, Debug, PartialEq)]
pub struct TrashWebLinkRestored {
    /// The value will always be `web_link`.
    pub r#type: Option<super::TrashWebLinkRestoredTypeField>,
    /// The unique identifier for this web link.
    pub id: Option<String>,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/TrashWebLinkRestored/properties/sequence_id`).
    pub sequence_id: String,
    /// The entity tag of this web link. Used with `If-Match`
    /// headers.
    pub etag: Option<String>,
    /// The name of the web link.
    pub name: Option<String>,
    /// The URL this web link points to.
    pub url: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/TrashWebLinkRestored/properties/parent`).
    pub parent: Option<super::FolderMini>,
    /// The description accompanying the web link. This is
    /// visible within the Box web application.
    pub description: Option<String>,
    /// The `path_collection` property, which the spec does not describe (`#/components/schemas/TrashWebLinkRestored/properties/path_collection`).
    pub path_collection: super::TrashWebLinkRestoredPathCollectionField,
    /// When this file was created on Box’s servers.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When this file was last updated on the Box
    /// servers.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time at which this bookmark was put in the
    /// trash - becomes `null` after restore.
    pub trashed_at: Option<String>,
    /// The time at which this bookmark will be permanently
    /// deleted - becomes `null` after restore.
    pub purged_at: Option<String>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/TrashWebLinkRestored/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/TrashWebLinkRestored/properties/modified_by`).
    pub modified_by: Option<super::UserMini>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/TrashWebLinkRestored/properties/owned_by`).
    pub owned_by: Option<super::UserMini>,
    /// The shared link for this bookmark. This will
    /// be `null` if a bookmark had been trashed, even though the original shared
    /// link does become active again.
    pub shared_link: Option<String>,
    /// Whether this item is deleted or not. Values include `active`,
    /// `trashed` if the file has been moved to the trash, and `deleted` if
    /// the file has been permanently deleted.
    pub item_status: Option<super::TrashWebLinkRestoredItemStatusField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashWebLinkRestored {
        r#type: optional("type"),
        id: optional("id"),
        sequence_id: required("sequence_id"),
        etag: optional("etag"),
        name: optional("name"),
        url: optional("url"),
        parent: optional("parent"),
        description: optional("description"),
        path_collection: required("path_collection"),
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
    TrashWebLinkRestored {
        r#type: optional::<Option<super::TrashWebLinkRestoredTypeField>>("type"),
        id: optional::<Option<String>>("id"),
        sequence_id: required::<String>("sequence_id"),
        etag: optional::<Option<String>>("etag"),
        name: optional::<Option<String>>("name"),
        url: optional::<Option<String>>("url"),
        parent: optional::<Option<super::FolderMini>>("parent"),
        description: optional::<Option<String>>("description"),
        path_collection: required::<super::TrashWebLinkRestoredPathCollectionField>("path_collection"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        trashed_at: optional::<Option<String>>("trashed_at"),
        purged_at: optional::<Option<String>>("purged_at"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        modified_by: optional::<Option<super::UserMini>>("modified_by"),
        owned_by: optional::<Option<super::UserMini>>("owned_by"),
        shared_link: optional::<Option<String>>("shared_link"),
        item_status: optional::<Option<super::TrashWebLinkRestoredItemStatusField>>("item_status")
    }
);

/// The value will always be `web_link`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashWebLinkRestoredTypeField {
    /// `web_link`
    WebLink,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrashWebLinkRestoredTypeField, Unknown, WebLink = "web_link");

/// Path collection
///
/// A list of parent folders for an item.
#[derive(Clone, Debug, PartialEq)]
pub struct TrashWebLinkRestoredPathCollectionField {
    /// The number of folders in this list.
    pub total_count: i64,
    /// The parent folders for this item.
    pub entries: Vec<super::FolderMini>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TrashWebLinkRestoredPathCollectionField { total_count: required("total_count"), entries: required("entries") }
);

deserialize_struct!(
    runtime,
    TrashWebLinkRestoredPathCollectionField {
        total_count: required::<i64>("total_count"),
        entries: required::<Vec<super::FolderMini>>("entries")
    }
);

/// Whether this item is deleted or not. Values include `active`,
/// `trashed` if the file has been moved to the trash, and `deleted` if
/// the file has been permanently deleted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrashWebLinkRestoredItemStatusField {
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
    TrashWebLinkRestoredItemStatusField,
    Unknown,
    Active = "active",
    Trashed = "trashed",
    Deleted = "deleted"
);

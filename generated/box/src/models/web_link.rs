// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`WebLink`] and the types nested in it, from `#/components/schemas/WebLink`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Web link
///
/// Web links are objects that point to URLs. These objects
/// are also known as bookmarks within the Box web application.
///
/// Web link objects are treated similarly to file objects,
/// they will also support most actions that apply to regular files.
#[derive(Clone, Debug, PartialEq)]
pub struct WebLink {
    /// The unique identifier for this web link.
    pub id: String,
    /// The value will always be `web_link`.
    pub r#type: super::WebLinkBaseTypeField,
    /// The entity tag of this web link. Used with `If-Match`
    /// headers.
    pub etag: Option<String>,
    /// The URL this web link points to.
    pub url: Option<String>,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/WebLink--Mini/allOf/1/properties/sequence_id`).
    pub sequence_id: Option<String>,
    /// The name of the web link.
    pub name: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/WebLink/allOf/1/properties/parent`).
    pub parent: Option<super::FolderMini>,
    /// The description accompanying the web link. This is
    /// visible within the Box web application.
    pub description: Option<String>,
    /// The `path_collection` property, which the spec does not describe (`#/components/schemas/WebLink/allOf/1/properties/path_collection`).
    pub path_collection: Option<super::WebLinkPathCollectionField>,
    /// When this file was created on Box’s servers.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When this file was last updated on the Box
    /// servers.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When this file was moved to the trash.
    pub trashed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When this file will be permanently deleted.
    pub purged_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/WebLink/allOf/1/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/WebLink/allOf/1/properties/modified_by`).
    pub modified_by: Option<super::UserMini>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/WebLink/allOf/1/properties/owned_by`).
    pub owned_by: Option<super::UserMini>,
    /// The `shared_link` property, which the spec does not describe (`#/components/schemas/WebLink/allOf/1/properties/shared_link`).
    pub shared_link: Option<super::WebLinkSharedLinkField>,
    /// Whether this item is deleted or not. Values include `active`,
    /// `trashed` if the file has been moved to the trash, and `deleted` if
    /// the file has been permanently deleted.
    pub item_status: Option<super::WebLinkItemStatusField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WebLink {
        id: required("id"),
        r#type: required("type"),
        etag: optional("etag"),
        url: optional("url"),
        sequence_id: optional("sequence_id"),
        name: optional("name"),
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
    WebLink {
        id: required::<String>("id"),
        r#type: required::<super::WebLinkBaseTypeField>("type"),
        etag: optional::<Option<String>>("etag"),
        url: optional::<Option<String>>("url"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        name: optional::<Option<String>>("name"),
        parent: optional::<Option<super::FolderMini>>("parent"),
        description: optional::<Option<String>>("description"),
        path_collection: optional::<Option<super::WebLinkPathCollectionField>>("path_collection"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        trashed_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("trashed_at"),
        purged_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("purged_at"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        modified_by: optional::<Option<super::UserMini>>("modified_by"),
        owned_by: optional::<Option<super::UserMini>>("owned_by"),
        shared_link: optional::<Option<super::WebLinkSharedLinkField>>("shared_link"),
        item_status: optional::<Option<super::WebLinkItemStatusField>>("item_status")
    }
);

/// Path collection
///
/// A list of parent folders for an item.
#[derive(Clone, Debug, PartialEq)]
pub struct WebLinkPathCollectionField {
    /// The number of folders in this list.
    pub total_count: i64,
    /// The parent folders for this item.
    pub entries: Vec<super::FolderMini>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WebLinkPathCollectionField { total_count: required("total_count"), entries: required("entries") }
);

deserialize_struct!(
    runtime,
    WebLinkPathCollectionField {
        total_count: required::<i64>("total_count"),
        entries: required::<Vec<super::FolderMini>>("entries")
    }
);

/// Shared link
///
/// Shared links provide direct, read-only access to files or folder on Box.
///
/// Shared links with open access level allow anyone with the URL
/// to access the item, while shared links with company or collaborators access
/// levels can only be accessed by appropriately authenticated Box users.
#[derive(Clone, Debug, PartialEq)]
pub struct WebLinkSharedLinkField {
    /// The URL that can be used to access the item on Box.
    ///
    /// This URL will display the item in Box's preview UI where the file
    /// can be downloaded if allowed.
    ///
    /// This URL will continue to work even when a custom `vanity_url`
    /// has been set for this shared link.
    pub url: String,
    /// A URL that can be used to download the file. This URL can be used in
    /// a browser to download the file. This URL includes the file
    /// extension so that the file will be saved with the right file type.
    ///
    /// This property will be `null` for folders.
    pub download_url: Option<String>,
    /// The "Custom URL" that can also be used to preview the item on Box.  Custom
    /// URLs can only be created or modified in the Box Web application.
    pub vanity_url: Option<String>,
    /// The custom name of a shared link, as used in the `vanity_url` field.
    pub vanity_name: Option<String>,
    /// The access level for this shared link.
    ///
    /// * `open` - provides access to this item to anyone with this link
    /// * `company` - only provides access to this item to people the same company
    /// * `collaborators` - only provides access to this item to people who are
    ///    collaborators on this item
    ///
    /// If this field is omitted when creating the shared link, the access level
    /// will be set to the default access level specified by the enterprise admin.
    pub access: Option<super::WebLinkSharedLinkAccessField>,
    /// The effective access level for the shared link. This can be a more
    /// restrictive access level than the value in the `access` field when the
    /// enterprise settings restrict the allowed access levels.
    pub effective_access: super::WebLinkSharedLinkEffectiveAccessField,
    /// The effective permissions for this shared link.
    /// These result in the more restrictive combination of
    /// the share link permissions and the item permissions set
    /// by the administrator, the owner, and any ancestor item
    /// such as a folder.
    pub effective_permission: super::WebLinkSharedLinkEffectivePermissionField,
    /// The date and time when this link will be unshared. This field can only be
    /// set by users with paid accounts.
    pub unshared_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines if the shared link requires a password to access the item.
    pub is_password_enabled: bool,
    /// Defines if this link allows a user to preview, edit, and download an item.
    /// These permissions refer to the shared link only and
    /// do not supersede permissions applied to the item itself.
    pub permissions: Option<super::WebLinkSharedLinkPermissionsField>,
    /// The number of times this item has been downloaded.
    pub download_count: i64,
    /// The number of times this item has been previewed.
    pub preview_count: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WebLinkSharedLinkField {
        url: required("url"),
        download_url: optional("download_url"),
        vanity_url: optional("vanity_url"),
        vanity_name: optional("vanity_name"),
        access: optional("access"),
        effective_access: required("effective_access"),
        effective_permission: required("effective_permission"),
        unshared_at: optional("unshared_at"),
        is_password_enabled: required("is_password_enabled"),
        permissions: optional("permissions"),
        download_count: required("download_count"),
        preview_count: required("preview_count")
    }
);

deserialize_struct!(
    runtime,
    WebLinkSharedLinkField {
        url: required::<String>("url"),
        download_url: optional::<Option<String>>("download_url"),
        vanity_url: optional::<Option<String>>("vanity_url"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        access: optional::<Option<super::WebLinkSharedLinkAccessField>>("access"),
        effective_access: required::<super::WebLinkSharedLinkEffectiveAccessField>("effective_access"),
        effective_permission: required::<super::WebLinkSharedLinkEffectivePermissionField>("effective_permission"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at"),
        is_password_enabled: required::<bool>("is_password_enabled"),
        permissions: optional::<Option<super::WebLinkSharedLinkPermissionsField>>("permissions"),
        download_count: required::<i64>("download_count"),
        preview_count: required::<i64>("preview_count")
    }
);

/// The access level for this shared link.
///
/// * `open` - provides access to this item to anyone with this link
/// * `company` - only provides access to this item to people the same company
/// * `collaborators` - only provides access to this item to people who are
///    collaborators on this item
///
/// If this field is omitted when creating the shared link, the access level
/// will be set to the default access level specified by the enterprise admin.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebLinkSharedLinkAccessField {
    /// `open`
    Open,
    /// `company`
    Company,
    /// `collaborators`
    Collaborators,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    WebLinkSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// The effective access level for the shared link. This can be a more
/// restrictive access level than the value in the `access` field when the
/// enterprise settings restrict the allowed access levels.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebLinkSharedLinkEffectiveAccessField {
    /// `open`
    Open,
    /// `company`
    Company,
    /// `collaborators`
    Collaborators,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    WebLinkSharedLinkEffectiveAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// The effective permissions for this shared link.
/// These result in the more restrictive combination of
/// the share link permissions and the item permissions set
/// by the administrator, the owner, and any ancestor item
/// such as a folder.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebLinkSharedLinkEffectivePermissionField {
    /// `can_edit`
    CanEdit,
    /// `can_download`
    CanDownload,
    /// `can_preview`
    CanPreview,
    /// `no_access`
    NoAccess,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    WebLinkSharedLinkEffectivePermissionField,
    Unknown,
    CanEdit = "can_edit",
    CanDownload = "can_download",
    CanPreview = "can_preview",
    NoAccess = "no_access"
);

/// Defines if this link allows a user to preview, edit, and download an item.
/// These permissions refer to the shared link only and
/// do not supersede permissions applied to the item itself.
#[derive(Clone, Debug, PartialEq)]
pub struct WebLinkSharedLinkPermissionsField {
    /// Defines if the shared link allows for the item to be downloaded. For
    /// shared links on folders, this also applies to any items in the folder.
    ///
    /// This value can be set to `true` when the effective access level is
    /// set to `open` or `company`, not `collaborators`.
    pub can_download: bool,
    /// Defines if the shared link allows for the item to be previewed.
    ///
    /// This value is always `true`. For shared links on folders this also
    /// applies to any items in the folder.
    pub can_preview: bool,
    /// Defines if the shared link allows for the item to be edited.
    ///
    /// This value can only be `true` if `can_download` is also `true` and if
    /// the item has a type of `file`.
    pub can_edit: bool,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WebLinkSharedLinkPermissionsField {
        can_download: required("can_download"),
        can_preview: required("can_preview"),
        can_edit: required("can_edit")
    }
);

deserialize_struct!(
    runtime,
    WebLinkSharedLinkPermissionsField {
        can_download: required::<bool>("can_download"),
        can_preview: required::<bool>("can_preview"),
        can_edit: required::<bool>("can_edit")
    }
);

/// Whether this item is deleted or not. Values include `active`,
/// `trashed` if the file has been moved to the trash, and `deleted` if
/// the file has been permanently deleted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebLinkItemStatusField {
    /// `active`
    Active,
    /// `trashed`
    Trashed,
    /// `deleted`
    Deleted,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WebLinkItemStatusField, Unknown, Active = "active", Trashed = "trashed", Deleted = "deleted");

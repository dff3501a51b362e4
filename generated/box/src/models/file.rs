// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`File`] and the types nested in it, from `#/components/schemas/File`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// File
///
/// A standard representation of a file, as returned from any
/// file API endpoints by default.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
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
    pub r#type: super::FileBaseTypeField,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/File--Mini/allOf/1/properties/sequence_id`).
    pub sequence_id: Option<String>,
    /// The name of the file.
    pub name: Option<String>,
    /// The SHA1 hash of the file. This can be used to compare the contents
    /// of a file on Box with a local file.
    pub sha1: Option<String>,
    /// The `file_version` property, which the spec does not describe (`#/components/schemas/File--Mini/allOf/1/properties/file_version`).
    pub file_version: Option<super::FileVersionMini>,
    /// The optional description of this file.
    /// If the description exceeds 255 characters, the first 255 characters
    /// are set as a file description and the rest of it is ignored.
    pub description: Option<String>,
    /// The file size in bytes. Be careful parsing this integer as it can
    /// get very large and cause an integer overflow.
    pub size: Option<i64>,
    /// The `path_collection` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/path_collection`).
    pub path_collection: Option<super::FilePathCollectionField>,
    /// The date and time when the file was created on Box.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time when the file was last updated on Box.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
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
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/modified_by`).
    pub modified_by: Option<super::UserMini>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/owned_by`).
    pub owned_by: Option<super::UserMini>,
    /// The `shared_link` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/shared_link`).
    pub shared_link: Option<super::FileSharedLinkField>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/parent`).
    pub parent: Option<super::FolderMini>,
    /// Defines if this item has been deleted or not.
    ///
    /// * `active` when the item has is not in the trash
    /// * `trashed` when the item has been moved to the trash but not deleted
    /// * `deleted` when the item has been permanently deleted.
    pub item_status: Option<super::FileItemStatusField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    File {
        id: required("id"),
        etag: optional("etag"),
        r#type: required("type"),
        sequence_id: optional("sequence_id"),
        name: optional("name"),
        sha1: optional("sha1"),
        file_version: optional("file_version"),
        description: optional("description"),
        size: optional("size"),
        path_collection: optional("path_collection"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        trashed_at: optional("trashed_at"),
        purged_at: optional("purged_at"),
        content_created_at: optional("content_created_at"),
        content_modified_at: optional("content_modified_at"),
        created_by: optional("created_by"),
        modified_by: optional("modified_by"),
        owned_by: optional("owned_by"),
        shared_link: optional("shared_link"),
        parent: optional("parent"),
        item_status: optional("item_status")
    }
);

deserialize_struct!(
    runtime,
    File {
        id: required::<String>("id"),
        etag: optional::<Option<String>>("etag"),
        r#type: required::<super::FileBaseTypeField>("type"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        name: optional::<Option<String>>("name"),
        sha1: optional::<Option<String>>("sha1"),
        file_version: optional::<Option<super::FileVersionMini>>("file_version"),
        description: optional::<Option<String>>("description"),
        size: optional::<Option<i64>>("size"),
        path_collection: optional::<Option<super::FilePathCollectionField>>("path_collection"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        trashed_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("trashed_at"),
        purged_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("purged_at"),
        content_created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_created_at"),
        content_modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_modified_at"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        modified_by: optional::<Option<super::UserMini>>("modified_by"),
        owned_by: optional::<Option<super::UserMini>>("owned_by"),
        shared_link: optional::<Option<super::FileSharedLinkField>>("shared_link"),
        parent: optional::<Option<super::FolderMini>>("parent"),
        item_status: optional::<Option<super::FileItemStatusField>>("item_status")
    }
);

/// Path collection
///
/// A list of parent folders for an item.
#[derive(Clone, Debug, PartialEq)]
pub struct FilePathCollectionField {
    /// The number of folders in this list.
    pub total_count: i64,
    /// The parent folders for this item.
    pub entries: Vec<super::FolderMini>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FilePathCollectionField { total_count: required("total_count"), entries: required("entries") }
);

deserialize_struct!(
    runtime,
    FilePathCollectionField {
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
pub struct FileSharedLinkField {
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
    pub access: Option<super::FileSharedLinkAccessField>,
    /// The effective access level for the shared link. This can be a more
    /// restrictive access level than the value in the `access` field when the
    /// enterprise settings restrict the allowed access levels.
    pub effective_access: super::FileSharedLinkEffectiveAccessField,
    /// The effective permissions for this shared link.
    /// These result in the more restrictive combination of
    /// the share link permissions and the item permissions set
    /// by the administrator, the owner, and any ancestor item
    /// such as a folder.
    pub effective_permission: super::FileSharedLinkEffectivePermissionField,
    /// The date and time when this link will be unshared. This field can only be
    /// set by users with paid accounts.
    pub unshared_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines if the shared link requires a password to access the item.
    pub is_password_enabled: bool,
    /// Defines if this link allows a user to preview, edit, and download an item.
    /// These permissions refer to the shared link only and
    /// do not supersede permissions applied to the item itself.
    pub permissions: Option<super::FileSharedLinkPermissionsField>,
    /// The number of times this item has been downloaded.
    pub download_count: i64,
    /// The number of times this item has been previewed.
    pub preview_count: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileSharedLinkField {
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
    FileSharedLinkField {
        url: required::<String>("url"),
        download_url: optional::<Option<String>>("download_url"),
        vanity_url: optional::<Option<String>>("vanity_url"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        access: optional::<Option<super::FileSharedLinkAccessField>>("access"),
        effective_access: required::<super::FileSharedLinkEffectiveAccessField>("effective_access"),
        effective_permission: required::<super::FileSharedLinkEffectivePermissionField>("effective_permission"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at"),
        is_password_enabled: required::<bool>("is_password_enabled"),
        permissions: optional::<Option<super::FileSharedLinkPermissionsField>>("permissions"),
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
pub enum FileSharedLinkAccessField {
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
    FileSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// The effective access level for the shared link. This can be a more
/// restrictive access level than the value in the `access` field when the
/// enterprise settings restrict the allowed access levels.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileSharedLinkEffectiveAccessField {
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
    FileSharedLinkEffectiveAccessField,
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
pub enum FileSharedLinkEffectivePermissionField {
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
    FileSharedLinkEffectivePermissionField,
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
pub struct FileSharedLinkPermissionsField {
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
    FileSharedLinkPermissionsField {
        can_download: required("can_download"),
        can_preview: required("can_preview"),
        can_edit: required("can_edit")
    }
);

deserialize_struct!(
    runtime,
    FileSharedLinkPermissionsField {
        can_download: required::<bool>("can_download"),
        can_preview: required::<bool>("can_preview"),
        can_edit: required::<bool>("can_edit")
    }
);

/// Defines if this item has been deleted or not.
///
/// * `active` when the item has is not in the trash
/// * `trashed` when the item has been moved to the trash but not deleted
/// * `deleted` when the item has been permanently deleted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileItemStatusField {
    /// `active`
    Active,
    /// `trashed`
    Trashed,
    /// `deleted`
    Deleted,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileItemStatusField, Unknown, Active = "active", Trashed = "trashed", Deleted = "deleted");

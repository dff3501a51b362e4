// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Folder`] and the types nested in it, from `#/components/schemas/Folder`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Folder
///
/// A standard representation of a folder, as returned from any
/// folder API endpoints by default.
#[derive(Clone, Debug, PartialEq)]
pub struct Folder {
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
    pub r#type: super::FolderBaseTypeField,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/Folder--Mini/allOf/1/properties/sequence_id`).
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
    /// The `description` property, which the spec does not describe (`#/components/schemas/Folder/allOf/1/properties/description`).
    pub description: Option<String>,
    /// The folder size in bytes.
    ///
    /// Be careful parsing this integer as its
    /// value can get very large.
    pub size: Option<i64>,
    /// The `path_collection` property, which the spec does not describe (`#/components/schemas/Folder/allOf/1/properties/path_collection`).
    pub path_collection: Option<super::FolderPathCollectionField>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Folder/allOf/1/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/Folder/allOf/1/properties/modified_by`).
    pub modified_by: Option<super::UserMini>,
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
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/Folder/allOf/1/properties/owned_by`).
    pub owned_by: Option<super::UserMini>,
    /// The `shared_link` property, which the spec does not describe (`#/components/schemas/Folder/allOf/1/properties/shared_link`).
    pub shared_link: Option<super::FolderSharedLinkField>,
    /// The `folder_upload_email` parameter is not `null` if one of the following options is **true**:
    ///
    ///   * The **Allow uploads to this folder via email** and the **Only allow email uploads from collaborators in this folder** are [enabled for a folder in the Admin Console](https://support.box.com/hc/en-us/articles/360043697534-Upload-to-Box-Through-Email), and the user has at least **Upload** permissions granted.
    ///
    ///   * The **Allow uploads to this folder via email** setting is enabled for a folder in the Admin Console, and the **Only allow email uploads from collaborators in this folder** setting is deactivated (unchecked).
    ///
    /// If the conditions are not met, the parameter will have the following value: `folder_upload_email: null`.
    pub folder_upload_email: Option<super::FolderFolderUploadEmailField>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/Folder/allOf/1/properties/parent`).
    pub parent: Option<super::FolderMini>,
    /// Defines if this item has been deleted or not.
    ///
    /// * `active` when the item has is not in the trash
    /// * `trashed` when the item has been moved to the trash but not deleted
    /// * `deleted` when the item has been permanently deleted.
    pub item_status: Option<super::FolderItemStatusField>,
    /// The `item_collection` property, which the spec does not describe (`#/components/schemas/Folder/allOf/1/properties/item_collection`).
    pub item_collection: Option<super::Items>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Folder {
        id: required("id"),
        etag: optional("etag"),
        r#type: required("type"),
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
        item_status: optional("item_status"),
        item_collection: optional("item_collection")
    }
);

deserialize_struct!(
    runtime,
    Folder {
        id: required::<String>("id"),
        etag: optional::<Option<String>>("etag"),
        r#type: required::<super::FolderBaseTypeField>("type"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        name: optional::<Option<String>>("name"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        description: optional::<Option<String>>("description"),
        size: optional::<Option<i64>>("size"),
        path_collection: optional::<Option<super::FolderPathCollectionField>>("path_collection"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        modified_by: optional::<Option<super::UserMini>>("modified_by"),
        trashed_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("trashed_at"),
        purged_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("purged_at"),
        content_created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_created_at"),
        content_modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_modified_at"),
        owned_by: optional::<Option<super::UserMini>>("owned_by"),
        shared_link: optional::<Option<super::FolderSharedLinkField>>("shared_link"),
        folder_upload_email: optional::<Option<super::FolderFolderUploadEmailField>>("folder_upload_email"),
        parent: optional::<Option<super::FolderMini>>("parent"),
        item_status: optional::<Option<super::FolderItemStatusField>>("item_status"),
        item_collection: optional::<Option<super::Items>>("item_collection")
    }
);

/// Path collection
///
/// A list of parent folders for an item.
#[derive(Clone, Debug, PartialEq)]
pub struct FolderPathCollectionField {
    /// The number of folders in this list.
    pub total_count: i64,
    /// The parent folders for this item.
    pub entries: Vec<super::FolderMini>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FolderPathCollectionField { total_count: required("total_count"), entries: required("entries") }
);

deserialize_struct!(
    runtime,
    FolderPathCollectionField {
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
pub struct FolderSharedLinkField {
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
    pub access: Option<super::FolderSharedLinkAccessField>,
    /// The effective access level for the shared link. This can be a more
    /// restrictive access level than the value in the `access` field when the
    /// enterprise settings restrict the allowed access levels.
    pub effective_access: super::FolderSharedLinkEffectiveAccessField,
    /// The effective permissions for this shared link.
    /// These result in the more restrictive combination of
    /// the share link permissions and the item permissions set
    /// by the administrator, the owner, and any ancestor item
    /// such as a folder.
    pub effective_permission: super::FolderSharedLinkEffectivePermissionField,
    /// The date and time when this link will be unshared. This field can only be
    /// set by users with paid accounts.
    pub unshared_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines if the shared link requires a password to access the item.
    pub is_password_enabled: bool,
    /// Defines if this link allows a user to preview, edit, and download an item.
    /// These permissions refer to the shared link only and
    /// do not supersede permissions applied to the item itself.
    pub permissions: Option<super::FolderSharedLinkPermissionsField>,
    /// The number of times this item has been downloaded.
    pub download_count: i64,
    /// The number of times this item has been previewed.
    pub preview_count: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FolderSharedLinkField {
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
    FolderSharedLinkField {
        url: required::<String>("url"),
        download_url: optional::<Option<String>>("download_url"),
        vanity_url: optional::<Option<String>>("vanity_url"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        access: optional::<Option<super::FolderSharedLinkAccessField>>("access"),
        effective_access: required::<super::FolderSharedLinkEffectiveAccessField>("effective_access"),
        effective_permission: required::<super::FolderSharedLinkEffectivePermissionField>("effective_permission"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at"),
        is_password_enabled: required::<bool>("is_password_enabled"),
        permissions: optional::<Option<super::FolderSharedLinkPermissionsField>>("permissions"),
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
pub enum FolderSharedLinkAccessField {
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
    FolderSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// The effective access level for the shared link. This can be a more
/// restrictive access level than the value in the `access` field when the
/// enterprise settings restrict the allowed access levels.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FolderSharedLinkEffectiveAccessField {
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
    FolderSharedLinkEffectiveAccessField,
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
pub enum FolderSharedLinkEffectivePermissionField {
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
    FolderSharedLinkEffectivePermissionField,
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
pub struct FolderSharedLinkPermissionsField {
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
    FolderSharedLinkPermissionsField {
        can_download: required("can_download"),
        can_preview: required("can_preview"),
        can_edit: required("can_edit")
    }
);

deserialize_struct!(
    runtime,
    FolderSharedLinkPermissionsField {
        can_download: required::<bool>("can_download"),
        can_preview: required::<bool>("can_preview"),
        can_edit: required::<bool>("can_edit")
    }
);

/// The `folder_upload_email` parameter is not `null` if one of the following options is **true**:
///
///   * The **Allow uploads to this folder via email** and the **Only allow email uploads from collaborators in this folder** are [enabled for a folder in the Admin Console](https://support.box.com/hc/en-us/articles/360043697534-Upload-to-Box-Through-Email), and the user has at least **Upload** permissions granted.
///
///   * The **Allow uploads to this folder via email** setting is enabled for a folder in the Admin Console, and the **Only allow email uploads from collaborators in this folder** setting is deactivated (unchecked).
///
/// If the conditions are not met, the parameter will have the following value: `folder_upload_email: null`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FolderFolderUploadEmailField {
    /// When this parameter has been set, users can email files
    /// to the email address that has been automatically
    /// created for this folder.
    ///
    /// To create an email address, set this property either when
    /// creating or updating the folder.
    ///
    /// When set to `collaborators`, only emails from registered email
    /// addresses for collaborators will be accepted. This includes
    /// any email aliases a user might have registered.
    ///
    /// When set to `open` it will accept emails from any email
    /// address.
    pub access: Option<super::FolderFolderUploadEmailAccessField>,
    /// The optional upload email address for this folder.
    pub email: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FolderFolderUploadEmailField { access: optional("access"), email: optional("email") }
);

deserialize_struct!(
    runtime,
    FolderFolderUploadEmailField {
        access: optional::<Option<super::FolderFolderUploadEmailAccessField>>("access"),
        email: optional::<Option<String>>("email")
    }
);

/// When this parameter has been set, users can email files
/// to the email address that has been automatically
/// created for this folder.
///
/// To create an email address, set this property either when
/// creating or updating the folder.
///
/// When set to `collaborators`, only emails from registered email
/// addresses for collaborators will be accepted. This includes
/// any email aliases a user might have registered.
///
/// When set to `open` it will accept emails from any email
/// address.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FolderFolderUploadEmailAccessField {
    /// `open`
    Open,
    /// `collaborators`
    Collaborators,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FolderFolderUploadEmailAccessField, Unknown, Open = "open", Collaborators = "collaborators");

/// Defines if this item has been deleted or not.
///
/// * `active` when the item has is not in the trash
/// * `trashed` when the item has been moved to the trash but not deleted
/// * `deleted` when the item has been permanently deleted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FolderItemStatusField {
    /// `active`
    Active,
    /// `trashed`
    Trashed,
    /// `deleted`
    Deleted,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FolderItemStatusField, Unknown, Active = "active", Trashed = "trashed", Deleted = "deleted");

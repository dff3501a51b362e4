// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileFull`] and the types nested in it, from `#/components/schemas/File--Full`.

use crate::runtime::{self, string_enum};

/// File (Full)
///
/// A full representation of a file, as can be returned from any
/// file API endpoints by default.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFull {
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The value will always be `file`.
    pub r#type: super::FileBaseTypeField,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/File--Mini/allOf/1/properties/sequence_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<String>,
    /// The name of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The SHA1 hash of the file. This can be used to compare the contents
    /// of a file on Box with a local file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha1: Option<String>,
    /// The `file_version` property, which the spec does not describe (`#/components/schemas/File--Mini/allOf/1/properties/file_version`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_version: Option<super::FileVersionMini>,
    /// The optional description of this file.
    /// If the description exceeds 255 characters, the first 255 characters
    /// are set as a file description and the rest of it is ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The file size in bytes. Be careful parsing this integer as it can
    /// get very large and cause an integer overflow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// The `path_collection` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/path_collection`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_collection: Option<super::FilePathCollectionField>,
    /// The date and time when the file was created on Box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time when the file was last updated on Box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time at which this file was put in the trash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trashed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time at which this file is expected to be purged
    /// from the trash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purged_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time at which this file was originally
    /// created, which might be before it was uploaded to Box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time at which this file was last updated,
    /// which might be before it was uploaded to Box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserMini>,
    /// The `modified_by` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/modified_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<super::UserMini>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/owned_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owned_by: Option<super::UserMini>,
    /// The `shared_link` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/shared_link`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_link: Option<super::FileSharedLinkField>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/File/allOf/1/properties/parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<super::FolderMini>,
    /// Defines if this item has been deleted or not.
    ///
    /// * `active` when the item has is not in the trash
    /// * `trashed` when the item has been moved to the trash but not deleted
    /// * `deleted` when the item has been permanently deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_status: Option<super::FileItemStatusField>,
    /// The version number of this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_number: Option<String>,
    /// The number of comments on this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_count: Option<i64>,
    /// The `permissions` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/permissions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<super::FileFullPermissionsField>,
    /// The `tags` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/tags`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `lock` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/lock`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock: Option<super::FileFullLockField>,
    /// Indicates the (optional) file extension for this file. By default,
    /// this is set to an empty string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    /// Indicates if the file is a package. Packages are commonly used
    /// by Mac Applications and can include iWork files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_package: Option<bool>,
    /// The `expiring_embed_link` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/expiring_embed_link`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring_embed_link: Option<super::FileFullExpiringEmbedLinkField>,
    /// The `watermark_info` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/watermark_info`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watermark_info: Option<super::FileFullWatermarkInfoField>,
    /// Specifies if the file can be accessed
    /// via the direct shared link or a shared link
    /// to a parent folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_accessible_via_shared_link: Option<bool>,
    /// A list of the types of roles that user can be invited at
    /// when sharing this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_invitee_roles: Option<Vec<super::FileFullAllowedInviteeRolesField>>,
    /// Specifies if this file is owned by a user outside of the
    /// authenticated enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_externally_owned: Option<bool>,
    /// Specifies if this file has any other collaborators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_collaborations: Option<bool>,
    /// The `metadata` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/metadata`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, std::collections::BTreeMap<String, super::MetadataFull>>>,
    /// When the file will automatically be deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `representations` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/representations`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representations: Option<super::FileFullRepresentationsField>,
    /// The `classification` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/classification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<super::FileFullClassificationField>,
    /// The `uploader_display_name` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/uploader_display_name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploader_display_name: Option<String>,
    /// The retention expiration timestamp for the given file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disposition_at: Option<chrono::DateTime<chrono::Utc>>,
    /// A list of the types of roles that user can be invited at
    /// when sharing this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_link_permission_options: Option<Vec<super::FileFullSharedLinkPermissionOptionsField>>,
    /// This field will return true if the file or any ancestor of the file
    /// is associated with at least one app item. Note that this will return
    /// true even if the context user does not have access to the app item(s)
    /// associated with the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_associated_with_app_item: Option<bool>,
}

/// The permissions that the authenticated user has for a file.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFullPermissionsField {
    /// Specifies if the current user can delete this item.
    pub can_delete: bool,
    /// Specifies if the current user can download this item.
    pub can_download: bool,
    /// Specifies if the current user can invite new
    /// users to collaborate on this item, and if the user can
    /// update the role of a user already collaborated on this
    /// item.
    pub can_invite_collaborator: bool,
    /// Specifies if the user can rename this item.
    pub can_rename: bool,
    /// Specifies if the user can change the access level of an
    /// existing shared link on this item.
    pub can_set_share_access: bool,
    /// Specifies if the user can create a shared link for this item.
    pub can_share: bool,
    /// Specifies if the user can place annotations on this file.
    pub can_annotate: bool,
    /// Specifies if the user can place comments on this file.
    pub can_comment: bool,
    /// Specifies if the user can preview this file.
    pub can_preview: bool,
    /// Specifies if the user can upload a new version of this file.
    pub can_upload: bool,
    /// Specifies if the user view all annotations placed on this file.
    pub can_view_annotations_all: bool,
    /// Specifies if the user view annotations placed by themselves
    /// on this file.
    pub can_view_annotations_self: bool,
    /// Specifies if the user can apply a watermark to this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_apply_watermark: Option<bool>,
}

/// Lock
///
/// The lock held on a file. A lock prevents a file from being moved,
/// renamed, or otherwise changed by anyone else than the user who created the
/// lock.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFullLockField {
    /// The unique identifier for this lock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `lock`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::FileFullLockTypeField>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/lock/allOf/0/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserMini>,
    /// The time this lock was created at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time this lock is to expire at, which might be in the past.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expired_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether or not the file can be downloaded while locked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_download_prevented: Option<bool>,
    /// If the lock is managed by an application rather than a user, this
    /// field identifies the type of the application that holds the lock.
    /// This is an open enum and may be extended with additional values in
    /// the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_type: Option<super::FileFullLockAppTypeField>,
}

/// The value will always be `lock`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileFullLockTypeField {
    /// `lock`
    Lock,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileFullLockTypeField, Unknown, Lock = "lock");

/// If the lock is managed by an application rather than a user, this
/// field identifies the type of the application that holds the lock.
/// This is an open enum and may be extended with additional values in
/// the future.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileFullLockAppTypeField {
    /// `gsuite`
    Gsuite,
    /// `office_wopi`
    OfficeWopi,
    /// `office_wopiplus`
    OfficeWopiplus,
    /// `other`
    Other,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    FileFullLockAppTypeField,
    Unknown,
    Gsuite = "gsuite",
    OfficeWopi = "office_wopi",
    OfficeWopiplus = "office_wopiplus",
    Other = "other"
);

/// Expiring embed link
///
/// An expiring Box Embed Link.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFullExpiringEmbedLinkField {
    /// The requested access token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// The time in seconds by which this token will expire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
    /// The type of access token returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type: Option<super::FileFullExpiringEmbedLinkTokenTypeField>,
    /// The permissions that this access token permits,
    /// providing a list of resources (files, folders, etc)
    /// and the scopes permitted for each of those resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restricted_to: Option<Vec<super::ResourceScope>>,
    /// The actual expiring embed URL for this file, constructed
    /// from the file ID and access tokens specified in this object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The type of access token returned.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileFullExpiringEmbedLinkTokenTypeField {
    /// `bearer`
    Bearer,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileFullExpiringEmbedLinkTokenTypeField, Unknown, Bearer = "bearer");

/// Details about the watermark applied to this item.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFullWatermarkInfoField {
    /// Specifies if this item has a watermark applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_watermarked: Option<bool>,
    /// Specifies if the watermark is inherited from any parent folder in the hierarchy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_watermark_inherited: Option<bool>,
    /// Specifies if the watermark is enforced by an access policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_watermarked_by_access_policy: Option<bool>,
}

/// An inline schema, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/allowed_invitee_roles/items`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileFullAllowedInviteeRolesField {
    /// `editor`
    Editor,
    /// `viewer`
    Viewer,
    /// `previewer`
    Previewer,
    /// `uploader`
    Uploader,
    /// `previewer uploader`
    PreviewerUploader,
    /// `viewer uploader`
    ViewerUploader,
    /// `co-owner`
    CoOwner,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    FileFullAllowedInviteeRolesField,
    Unknown,
    Editor = "editor",
    Viewer = "viewer",
    Previewer = "previewer",
    Uploader = "uploader",
    PreviewerUploader = "previewer uploader",
    ViewerUploader = "viewer uploader",
    CoOwner = "co-owner"
);

/// Representations
///
/// A list of file representations.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFullRepresentationsField {
    /// A list of files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::FileFullRepresentationsEntriesField>>,
}

/// A file representation.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFullRepresentationsEntriesField {
    /// An object containing the URL that can be used to actually fetch
    /// the representation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<super::FileFullRepresentationsEntriesContentField>,
    /// An object containing the URL that can be used to fetch more info
    /// on this representation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<super::FileFullRepresentationsEntriesInfoField>,
    /// An object containing the size and type of this presentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<super::FileFullRepresentationsEntriesPropertiesField>,
    /// Indicates the file type of the returned representation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representation: Option<String>,
    /// An object containing the status of this representation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::FileFullRepresentationsEntriesStatusField>,
}

/// An object containing the URL that can be used to actually fetch
/// the representation.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFullRepresentationsEntriesContentField {
    /// The download URL that can be used to fetch the representation.
    /// Make sure to make an authenticated API call to this endpoint.
    ///
    /// This URL is a template and will require the `{+asset_path}` to
    /// be replaced by a path. In general, for unpaged representations
    /// it can be replaced by an empty string.
    ///
    /// For paged representations, replace the `{+asset_path}` with the
    /// page to request plus the extension for the file, for example
    /// `1.pdf`.
    ///
    /// When requesting the download URL the following additional
    /// query params can be passed along.
    ///
    /// * `set_content_disposition_type` - Sets the
    /// `Content-Disposition` header in the API response with the
    /// specified disposition type of either `inline` or `attachment`.
    /// If not supplied, the `Content-Disposition` header is not
    /// included in the response.
    ///
    /// * `set_content_disposition_filename` - Allows the application to
    ///   define the representation's file name used in the
    ///   `Content-Disposition` header.  If not defined, the filename
    ///   is derived from the source file name in Box combined with the
    ///   extension of the representation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_template: Option<String>,
}

/// An object containing the URL that can be used to fetch more info
/// on this representation.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFullRepresentationsEntriesInfoField {
    /// The API URL that can be used to get more info on this file
    /// representation. Make sure to make an authenticated API call
    /// to this endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// An object containing the size and type of this presentation.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFullRepresentationsEntriesPropertiesField {
    /// The width by height size of this representation in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<String>,
    /// Indicates if the representation is build up out of multiple
    /// pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paged: Option<String>,
    /// Indicates if the representation can be used as a thumbnail of
    /// the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumb: Option<String>,
}

/// An object containing the status of this representation.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFullRepresentationsEntriesStatusField {
    /// The status of the representation.
    ///
    /// * `success` defines the representation as ready to be viewed.
    /// * `viewable` defines a video to be ready for viewing.
    /// * `pending` defines the representation as to be generated. Retry
    ///   this endpoint to re-check the status.
    /// * `none` defines that the representation will be created when
    ///   requested. Request the URL defined in the `info` object to
    ///   trigger this generation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<super::FileFullRepresentationsEntriesStatusStateField>,
}

/// The status of the representation.
///
/// * `success` defines the representation as ready to be viewed.
/// * `viewable` defines a video to be ready for viewing.
/// * `pending` defines the representation as to be generated. Retry
///   this endpoint to re-check the status.
/// * `none` defines that the representation will be created when
///   requested. Request the URL defined in the `info` object to
///   trigger this generation.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileFullRepresentationsEntriesStatusStateField {
    /// `success`
    Success,
    /// `viewable`
    Viewable,
    /// `pending`
    Pending,
    /// `none`
    None,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    FileFullRepresentationsEntriesStatusStateField,
    Unknown,
    Success = "success",
    Viewable = "viewable",
    Pending = "pending",
    None = "none"
);

/// The classification applied to an item.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileFullClassificationField {
    /// The name of the classification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// An explanation of the meaning of this classification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    /// The color that is used to display the
    /// classification label in a user-interface. Colors are defined by the admin
    /// or co-admin who created the classification in the Box web app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

/// An inline schema, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/shared_link_permission_options/items`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileFullSharedLinkPermissionOptionsField {
    /// `can_preview`
    CanPreview,
    /// `can_download`
    CanDownload,
    /// `can_edit`
    CanEdit,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    FileFullSharedLinkPermissionOptionsField,
    Unknown,
    CanPreview = "can_preview",
    CanDownload = "can_download",
    CanEdit = "can_edit"
);

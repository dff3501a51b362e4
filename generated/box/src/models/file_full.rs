// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileFull`] and the types nested in it, from `#/components/schemas/File--Full`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// File (Full)
///
/// A full representation of a file, as can be returned from any
/// file API endpoints by default.
#[derive(Clone, Debug, PartialEq)]
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
    /// The version number of this file.
    pub version_number: Option<String>,
    /// The number of comments on this file.
    pub comment_count: Option<i64>,
    /// The `permissions` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/permissions`).
    pub permissions: Option<super::FileFullPermissionsField>,
    /// The `tags` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/tags`).
    pub tags: Option<Vec<String>>,
    /// The `lock` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/lock`).
    pub lock: Option<super::FileFullLockField>,
    /// Indicates the (optional) file extension for this file. By default,
    /// this is set to an empty string.
    pub extension: Option<String>,
    /// Indicates if the file is a package. Packages are commonly used
    /// by Mac Applications and can include iWork files.
    pub is_package: Option<bool>,
    /// The `expiring_embed_link` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/expiring_embed_link`).
    pub expiring_embed_link: Option<super::FileFullExpiringEmbedLinkField>,
    /// The `watermark_info` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/watermark_info`).
    pub watermark_info: Option<super::FileFullWatermarkInfoField>,
    /// Specifies if the file can be accessed
    /// via the direct shared link or a shared link
    /// to a parent folder.
    pub is_accessible_via_shared_link: Option<bool>,
    /// A list of the types of roles that user can be invited at
    /// when sharing this file.
    pub allowed_invitee_roles: Option<Vec<super::FileFullAllowedInviteeRolesField>>,
    /// Specifies if this file is owned by a user outside of the
    /// authenticated enterprise.
    pub is_externally_owned: Option<bool>,
    /// Specifies if this file has any other collaborators.
    pub has_collaborations: Option<bool>,
    /// The `metadata` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/metadata`).
    pub metadata: Option<std::collections::BTreeMap<String, std::collections::BTreeMap<String, super::MetadataFull>>>,
    /// When the file will automatically be deleted.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `representations` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/representations`).
    pub representations: Option<super::FileFullRepresentationsField>,
    /// The `classification` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/classification`).
    pub classification: Option<super::FileFullClassificationField>,
    /// The `uploader_display_name` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/uploader_display_name`).
    pub uploader_display_name: Option<String>,
    /// The retention expiration timestamp for the given file.
    pub disposition_at: Option<chrono::DateTime<chrono::Utc>>,
    /// A list of the types of roles that user can be invited at
    /// when sharing this file.
    pub shared_link_permission_options: Option<Vec<super::FileFullSharedLinkPermissionOptionsField>>,
    /// This field will return true if the file or any ancestor of the file
    /// is associated with at least one app item. Note that this will return
    /// true even if the context user does not have access to the app item(s)
    /// associated with the file.
    pub is_associated_with_app_item: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileFull {
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
        item_status: optional("item_status"),
        version_number: optional("version_number"),
        comment_count: optional("comment_count"),
        permissions: optional("permissions"),
        tags: optional("tags"),
        lock: optional("lock"),
        extension: optional("extension"),
        is_package: optional("is_package"),
        expiring_embed_link: optional("expiring_embed_link"),
        watermark_info: optional("watermark_info"),
        is_accessible_via_shared_link: optional("is_accessible_via_shared_link"),
        allowed_invitee_roles: optional("allowed_invitee_roles"),
        is_externally_owned: optional("is_externally_owned"),
        has_collaborations: optional("has_collaborations"),
        metadata: optional("metadata"),
        expires_at: optional("expires_at"),
        representations: optional("representations"),
        classification: optional("classification"),
        uploader_display_name: optional("uploader_display_name"),
        disposition_at: optional("disposition_at"),
        shared_link_permission_options: optional("shared_link_permission_options"),
        is_associated_with_app_item: optional("is_associated_with_app_item")
    }
);

deserialize_struct!(
    runtime,
    FileFull {
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
        item_status: optional::<Option<super::FileItemStatusField>>("item_status"),
        version_number: optional::<Option<String>>("version_number"),
        comment_count: optional::<Option<i64>>("comment_count"),
        permissions: optional::<Option<super::FileFullPermissionsField>>("permissions"),
        tags: optional::<Option<Vec<String>>>("tags"),
        lock: optional::<Option<super::FileFullLockField>>("lock"),
        extension: optional::<Option<String>>("extension"),
        is_package: optional::<Option<bool>>("is_package"),
        expiring_embed_link: optional::<Option<super::FileFullExpiringEmbedLinkField>>("expiring_embed_link"),
        watermark_info: optional::<Option<super::FileFullWatermarkInfoField>>("watermark_info"),
        is_accessible_via_shared_link: optional::<Option<bool>>("is_accessible_via_shared_link"),
        allowed_invitee_roles: optional::<Option<Vec<super::FileFullAllowedInviteeRolesField>>>(
            "allowed_invitee_roles"
        ),
        is_externally_owned: optional::<Option<bool>>("is_externally_owned"),
        has_collaborations: optional::<Option<bool>>("has_collaborations"),
        metadata: optional::<
            Option<std::collections::BTreeMap<String, std::collections::BTreeMap<String, super::MetadataFull>>>,
        >("metadata"),
        expires_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("expires_at"),
        representations: optional::<Option<super::FileFullRepresentationsField>>("representations"),
        classification: optional::<Option<super::FileFullClassificationField>>("classification"),
        uploader_display_name: optional::<Option<String>>("uploader_display_name"),
        disposition_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("disposition_at"),
        shared_link_permission_options: optional::<Option<Vec<super::FileFullSharedLinkPermissionOptionsField>>>(
            "shared_link_permission_options"
        ),
        is_associated_with_app_item: optional::<Option<bool>>("is_associated_with_app_item")
    }
);

/// The permissions that the authenticated user has for a file.
#[derive(Clone, Debug, PartialEq)]
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
    pub can_apply_watermark: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileFullPermissionsField {
        can_delete: required("can_delete"),
        can_download: required("can_download"),
        can_invite_collaborator: required("can_invite_collaborator"),
        can_rename: required("can_rename"),
        can_set_share_access: required("can_set_share_access"),
        can_share: required("can_share"),
        can_annotate: required("can_annotate"),
        can_comment: required("can_comment"),
        can_preview: required("can_preview"),
        can_upload: required("can_upload"),
        can_view_annotations_all: required("can_view_annotations_all"),
        can_view_annotations_self: required("can_view_annotations_self"),
        can_apply_watermark: optional("can_apply_watermark")
    }
);

deserialize_struct!(
    runtime,
    FileFullPermissionsField {
        can_delete: required::<bool>("can_delete"),
        can_download: required::<bool>("can_download"),
        can_invite_collaborator: required::<bool>("can_invite_collaborator"),
        can_rename: required::<bool>("can_rename"),
        can_set_share_access: required::<bool>("can_set_share_access"),
        can_share: required::<bool>("can_share"),
        can_annotate: required::<bool>("can_annotate"),
        can_comment: required::<bool>("can_comment"),
        can_preview: required::<bool>("can_preview"),
        can_upload: required::<bool>("can_upload"),
        can_view_annotations_all: required::<bool>("can_view_annotations_all"),
        can_view_annotations_self: required::<bool>("can_view_annotations_self"),
        can_apply_watermark: optional::<Option<bool>>("can_apply_watermark")
    }
);

/// Lock
///
/// The lock held on a file. A lock prevents a file from being moved,
/// renamed, or otherwise changed by anyone else than the user who created the
/// lock.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileFullLockField {
    /// The unique identifier for this lock.
    pub id: Option<String>,
    /// The value will always be `lock`.
    pub r#type: Option<super::FileFullLockTypeField>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/File--Full/allOf/1/properties/lock/allOf/0/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The time this lock was created at.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time this lock is to expire at, which might be in the past.
    pub expired_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether or not the file can be downloaded while locked.
    pub is_download_prevented: Option<bool>,
    /// If the lock is managed by an application rather than a user, this
    /// field identifies the type of the application that holds the lock.
    /// This is an open enum and may be extended with additional values in
    /// the future.
    pub app_type: Option<super::FileFullLockAppTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileFullLockField {
        id: optional("id"),
        r#type: optional("type"),
        created_by: optional("created_by"),
        created_at: optional("created_at"),
        expired_at: optional("expired_at"),
        is_download_prevented: optional("is_download_prevented"),
        app_type: optional("app_type")
    }
);

deserialize_struct!(
    runtime,
    FileFullLockField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::FileFullLockTypeField>>("type"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        expired_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("expired_at"),
        is_download_prevented: optional::<Option<bool>>("is_download_prevented"),
        app_type: optional::<Option<super::FileFullLockAppTypeField>>("app_type")
    }
);

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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileFullExpiringEmbedLinkField {
    /// The requested access token.
    pub access_token: Option<String>,
    /// The time in seconds by which this token will expire.
    pub expires_in: Option<i64>,
    /// The type of access token returned.
    pub token_type: Option<super::FileFullExpiringEmbedLinkTokenTypeField>,
    /// The permissions that this access token permits,
    /// providing a list of resources (files, folders, etc)
    /// and the scopes permitted for each of those resources.
    pub restricted_to: Option<Vec<super::ResourceScope>>,
    /// The actual expiring embed URL for this file, constructed
    /// from the file ID and access tokens specified in this object.
    pub url: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileFullExpiringEmbedLinkField {
        access_token: optional("access_token"),
        expires_in: optional("expires_in"),
        token_type: optional("token_type"),
        restricted_to: optional("restricted_to"),
        url: optional("url")
    }
);

deserialize_struct!(
    runtime,
    FileFullExpiringEmbedLinkField {
        access_token: optional::<Option<String>>("access_token"),
        expires_in: optional::<Option<i64>>("expires_in"),
        token_type: optional::<Option<super::FileFullExpiringEmbedLinkTokenTypeField>>("token_type"),
        restricted_to: optional::<Option<Vec<super::ResourceScope>>>("restricted_to"),
        url: optional::<Option<String>>("url")
    }
);

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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileFullWatermarkInfoField {
    /// Specifies if this item has a watermark applied.
    pub is_watermarked: Option<bool>,
    /// Specifies if the watermark is inherited from any parent folder in the hierarchy.
    pub is_watermark_inherited: Option<bool>,
    /// Specifies if the watermark is enforced by an access policy.
    pub is_watermarked_by_access_policy: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileFullWatermarkInfoField {
        is_watermarked: optional("is_watermarked"),
        is_watermark_inherited: optional("is_watermark_inherited"),
        is_watermarked_by_access_policy: optional("is_watermarked_by_access_policy")
    }
);

deserialize_struct!(
    runtime,
    FileFullWatermarkInfoField {
        is_watermarked: optional::<Option<bool>>("is_watermarked"),
        is_watermark_inherited: optional::<Option<bool>>("is_watermark_inherited"),
        is_watermarked_by_access_policy: optional::<Option<bool>>("is_watermarked_by_access_policy")
    }
);

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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileFullRepresentationsField {
    /// A list of files.
    pub entries: Option<Vec<super::FileFullRepresentationsEntriesField>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, FileFullRepresentationsField { entries: optional("entries") });

deserialize_struct!(
    runtime,
    FileFullRepresentationsField {
        entries: optional::<Option<Vec<super::FileFullRepresentationsEntriesField>>>("entries")
    }
);

/// A file representation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileFullRepresentationsEntriesField {
    /// An object containing the URL that can be used to actually fetch
    /// the representation.
    pub content: Option<super::FileFullRepresentationsEntriesContentField>,
    /// An object containing the URL that can be used to fetch more info
    /// on this representation.
    pub info: Option<super::FileFullRepresentationsEntriesInfoField>,
    /// An object containing the size and type of this presentation.
    pub properties: Option<super::FileFullRepresentationsEntriesPropertiesField>,
    /// Indicates the file type of the returned representation.
    pub representation: Option<String>,
    /// An object containing the status of this representation.
    pub status: Option<super::FileFullRepresentationsEntriesStatusField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileFullRepresentationsEntriesField {
        content: optional("content"),
        info: optional("info"),
        properties: optional("properties"),
        representation: optional("representation"),
        status: optional("status")
    }
);

deserialize_struct!(
    runtime,
    FileFullRepresentationsEntriesField {
        content: optional::<Option<super::FileFullRepresentationsEntriesContentField>>("content"),
        info: optional::<Option<super::FileFullRepresentationsEntriesInfoField>>("info"),
        properties: optional::<Option<super::FileFullRepresentationsEntriesPropertiesField>>("properties"),
        representation: optional::<Option<String>>("representation"),
        status: optional::<Option<super::FileFullRepresentationsEntriesStatusField>>("status")
    }
);

/// An object containing the URL that can be used to actually fetch
/// the representation.
#[derive(Clone, Debug, Default, PartialEq)]
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
    pub url_template: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileFullRepresentationsEntriesContentField { url_template: optional("url_template") }
);

deserialize_struct!(
    runtime,
    FileFullRepresentationsEntriesContentField { url_template: optional::<Option<String>>("url_template") }
);

/// An object containing the URL that can be used to fetch more info
/// on this representation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileFullRepresentationsEntriesInfoField {
    /// The API URL that can be used to get more info on this file
    /// representation. Make sure to make an authenticated API call
    /// to this endpoint.
    pub url: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, FileFullRepresentationsEntriesInfoField { url: optional("url") });

deserialize_struct!(runtime, FileFullRepresentationsEntriesInfoField { url: optional::<Option<String>>("url") });

/// An object containing the size and type of this presentation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileFullRepresentationsEntriesPropertiesField {
    /// The width by height size of this representation in pixels.
    pub dimensions: Option<String>,
    /// Indicates if the representation is build up out of multiple
    /// pages.
    pub paged: Option<String>,
    /// Indicates if the representation can be used as a thumbnail of
    /// the file.
    pub thumb: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileFullRepresentationsEntriesPropertiesField {
        dimensions: optional("dimensions"),
        paged: optional("paged"),
        thumb: optional("thumb")
    }
);

deserialize_struct!(
    runtime,
    FileFullRepresentationsEntriesPropertiesField {
        dimensions: optional::<Option<String>>("dimensions"),
        paged: optional::<Option<String>>("paged"),
        thumb: optional::<Option<String>>("thumb")
    }
);

/// An object containing the status of this representation.
#[derive(Clone, Debug, Default, PartialEq)]
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
    pub state: Option<super::FileFullRepresentationsEntriesStatusStateField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileFullRepresentationsEntriesStatusField { state: optional("state") }
);

deserialize_struct!(
    runtime,
    FileFullRepresentationsEntriesStatusField {
        state: optional::<Option<super::FileFullRepresentationsEntriesStatusStateField>>("state")
    }
);

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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileFullClassificationField {
    /// The name of the classification.
    pub name: Option<String>,
    /// An explanation of the meaning of this classification.
    pub definition: Option<String>,
    /// The color that is used to display the
    /// classification label in a user-interface. Colors are defined by the admin
    /// or co-admin who created the classification in the Box web app.
    pub color: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileFullClassificationField {
        name: optional("name"),
        definition: optional("definition"),
        color: optional("color")
    }
);

deserialize_struct!(
    runtime,
    FileFullClassificationField {
        name: optional::<Option<String>>("name"),
        definition: optional::<Option<String>>("definition"),
        color: optional::<Option<String>>("color")
    }
);

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

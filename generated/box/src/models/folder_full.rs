// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FolderFull`] and the types nested in it, from `#/components/schemas/Folder--Full`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Folder (Full)
///
/// A full representation of a folder, as can be returned from any
/// folder API endpoints by default.
#[derive(Clone, Debug, PartialEq)]
pub struct FolderFull {
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
    /// The `sync_state` property, which the spec does not describe (`#/components/schemas/Folder--Full/allOf/1/properties/sync_state`).
    pub sync_state: Option<super::FolderFullSyncStateField>,
    /// Specifies if this folder has any other collaborators.
    pub has_collaborations: Option<bool>,
    /// The `permissions` property, which the spec does not describe (`#/components/schemas/Folder--Full/allOf/1/properties/permissions`).
    pub permissions: Option<super::FolderFullPermissionsField>,
    /// The `tags` property, which the spec does not describe (`#/components/schemas/Folder--Full/allOf/1/properties/tags`).
    pub tags: Option<Vec<String>>,
    /// The `can_non_owners_invite` property, which the spec does not describe (`#/components/schemas/Folder--Full/allOf/1/properties/can_non_owners_invite`).
    pub can_non_owners_invite: Option<bool>,
    /// Specifies if this folder is owned by a user outside of the
    /// authenticated enterprise.
    pub is_externally_owned: Option<bool>,
    /// The `metadata` property, which the spec does not describe (`#/components/schemas/Folder--Full/allOf/1/properties/metadata`).
    pub metadata: Option<std::collections::BTreeMap<String, std::collections::BTreeMap<String, super::MetadataFull>>>,
    /// The `is_collaboration_restricted_to_enterprise` property, which the spec does not describe (`#/components/schemas/Folder--Full/allOf/1/properties/is_collaboration_restricted_to_enterprise`).
    pub is_collaboration_restricted_to_enterprise: Option<bool>,
    /// A list of access levels that are available
    /// for this folder.
    ///
    /// For some folders, like the root folder, this will always
    /// be an empty list as sharing is not allowed at that level.
    pub allowed_shared_link_access_levels: Option<Vec<super::FolderFullAllowedSharedLinkAccessLevelsField>>,
    /// A list of the types of roles that user can be invited at
    /// when sharing this folder.
    pub allowed_invitee_roles: Option<Vec<super::FolderFullAllowedInviteeRolesField>>,
    /// The `watermark_info` property, which the spec does not describe (`#/components/schemas/Folder--Full/allOf/1/properties/watermark_info`).
    pub watermark_info: Option<super::FolderFullWatermarkInfoField>,
    /// Specifies if the folder can be accessed
    /// with the direct shared link or a shared link
    /// to a parent folder.
    pub is_accessible_via_shared_link: Option<bool>,
    /// Specifies if collaborators who are not owners
    /// of this folder are restricted from viewing other
    /// collaborations on this folder.
    ///
    /// It also restricts non-owners from inviting new
    /// collaborators.
    pub can_non_owners_view_collaborators: Option<bool>,
    /// The `classification` property, which the spec does not describe (`#/components/schemas/Folder--Full/allOf/1/properties/classification`).
    pub classification: Option<super::FolderFullClassificationField>,
    /// This field will return true if the folder or any ancestor of the
    /// folder is associated with at least one app item. Note that this will
    /// return true even if the context user does not have access to the
    /// app item(s) associated with the folder.
    pub is_associated_with_app_item: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FolderFull {
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
        item_collection: optional("item_collection"),
        sync_state: optional("sync_state"),
        has_collaborations: optional("has_collaborations"),
        permissions: optional("permissions"),
        tags: optional("tags"),
        can_non_owners_invite: optional("can_non_owners_invite"),
        is_externally_owned: optional("is_externally_owned"),
        metadata: optional("metadata"),
        is_collaboration_restricted_to_enterprise: optional("is_collaboration_restricted_to_enterprise"),
        allowed_shared_link_access_levels: optional("allowed_shared_link_access_levels"),
        allowed_invitee_roles: optional("allowed_invitee_roles"),
        watermark_info: optional("watermark_info"),
        is_accessible_via_shared_link: optional("is_accessible_via_shared_link"),
        can_non_owners_view_collaborators: optional("can_non_owners_view_collaborators"),
        classification: optional("classification"),
        is_associated_with_app_item: optional("is_associated_with_app_item")
    }
);

deserialize_struct!(
    runtime,
    FolderFull {
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
        item_collection: optional::<Option<super::Items>>("item_collection"),
        sync_state: optional::<Option<super::FolderFullSyncStateField>>("sync_state"),
        has_collaborations: optional::<Option<bool>>("has_collaborations"),
        permissions: optional::<Option<super::FolderFullPermissionsField>>("permissions"),
        tags: optional::<Option<Vec<String>>>("tags"),
        can_non_owners_invite: optional::<Option<bool>>("can_non_owners_invite"),
        is_externally_owned: optional::<Option<bool>>("is_externally_owned"),
        metadata: optional::<
            Option<std::collections::BTreeMap<String, std::collections::BTreeMap<String, super::MetadataFull>>>,
        >("metadata"),
        is_collaboration_restricted_to_enterprise: optional::<Option<bool>>(
            "is_collaboration_restricted_to_enterprise"
        ),
        allowed_shared_link_access_levels: optional::<Option<Vec<super::FolderFullAllowedSharedLinkAccessLevelsField>>>(
            "allowed_shared_link_access_levels"
        ),
        allowed_invitee_roles: optional::<Option<Vec<super::FolderFullAllowedInviteeRolesField>>>(
            "allowed_invitee_roles"
        ),
        watermark_info: optional::<Option<super::FolderFullWatermarkInfoField>>("watermark_info"),
        is_accessible_via_shared_link: optional::<Option<bool>>("is_accessible_via_shared_link"),
        can_non_owners_view_collaborators: optional::<Option<bool>>("can_non_owners_view_collaborators"),
        classification: optional::<Option<super::FolderFullClassificationField>>("classification"),
        is_associated_with_app_item: optional::<Option<bool>>("is_associated_with_app_item")
    }
);

/// Specifies whether a folder should be synced to a
/// user's device or not. This is used by Box Sync
/// (discontinued) and is not used by Box Drive.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FolderFullSyncStateField {
    /// `synced`
    Synced,
    /// `not_synced`
    NotSynced,
    /// `partially_synced`
    PartiallySynced,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    FolderFullSyncStateField,
    Unknown,
    Synced = "synced",
    NotSynced = "not_synced",
    PartiallySynced = "partially_synced"
);

/// The permissions that the authenticated user has for a folder.
#[derive(Clone, Debug, PartialEq)]
pub struct FolderFullPermissionsField {
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
    /// Specifies if the user can upload into this folder.
    pub can_upload: bool,
    /// Specifies if the user can apply a watermark to this folder and its contents.
    pub can_apply_watermark: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FolderFullPermissionsField {
        can_delete: required("can_delete"),
        can_download: required("can_download"),
        can_invite_collaborator: required("can_invite_collaborator"),
        can_rename: required("can_rename"),
        can_set_share_access: required("can_set_share_access"),
        can_share: required("can_share"),
        can_upload: required("can_upload"),
        can_apply_watermark: optional("can_apply_watermark")
    }
);

deserialize_struct!(
    runtime,
    FolderFullPermissionsField {
        can_delete: required::<bool>("can_delete"),
        can_download: required::<bool>("can_download"),
        can_invite_collaborator: required::<bool>("can_invite_collaborator"),
        can_rename: required::<bool>("can_rename"),
        can_set_share_access: required::<bool>("can_set_share_access"),
        can_share: required::<bool>("can_share"),
        can_upload: required::<bool>("can_upload"),
        can_apply_watermark: optional::<Option<bool>>("can_apply_watermark")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/Folder--Full/allOf/1/properties/allowed_shared_link_access_levels/items`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FolderFullAllowedSharedLinkAccessLevelsField {
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
    FolderFullAllowedSharedLinkAccessLevelsField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// An inline schema, which the spec does not describe (`#/components/schemas/Folder--Full/allOf/1/properties/allowed_invitee_roles/items`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FolderFullAllowedInviteeRolesField {
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
    FolderFullAllowedInviteeRolesField,
    Unknown,
    Editor = "editor",
    Viewer = "viewer",
    Previewer = "previewer",
    Uploader = "uploader",
    PreviewerUploader = "previewer uploader",
    ViewerUploader = "viewer uploader",
    CoOwner = "co-owner"
);

/// Details about the watermark applied to this item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FolderFullWatermarkInfoField {
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
    FolderFullWatermarkInfoField {
        is_watermarked: optional("is_watermarked"),
        is_watermark_inherited: optional("is_watermark_inherited"),
        is_watermarked_by_access_policy: optional("is_watermarked_by_access_policy")
    }
);

deserialize_struct!(
    runtime,
    FolderFullWatermarkInfoField {
        is_watermarked: optional::<Option<bool>>("is_watermarked"),
        is_watermark_inherited: optional::<Option<bool>>("is_watermark_inherited"),
        is_watermarked_by_access_policy: optional::<Option<bool>>("is_watermarked_by_access_policy")
    }
);

/// The classification applied to an item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FolderFullClassificationField {
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
    FolderFullClassificationField {
        name: optional("name"),
        definition: optional("definition"),
        color: optional("color")
    }
);

deserialize_struct!(
    runtime,
    FolderFullClassificationField {
        name: optional::<Option<String>>("name"),
        definition: optional::<Option<String>>("definition"),
        color: optional::<Option<String>>("color")
    }
);

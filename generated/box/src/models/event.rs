// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Event`] and the types nested in it, from `#/components/schemas/Event`.

/// Event
///
/// The description of an event that happened within Box.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Event {
    /// The value will always be `event`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// When the event object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the event object was recorded in database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The ID of the event object. You can use this to detect duplicate events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Event/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserMini>,
    /// The `event_type` property, which the spec does not describe (`#/components/schemas/Event/properties/event_type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<super::EventEventTypeField>,
    /// The session of the user that performed the action. Not all events will
    /// populate this attribute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/Event/properties/source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<super::EventSourceResource>,
    /// This object provides additional information about the event if available.
    ///
    /// This can include how a user performed an event as well as additional
    /// information to correlate an event to external KeySafe logs. Not all events
    /// have an `additional_details` object.  This object is only available in the
    /// Enterprise Events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// Event Type
///
/// An event type that can trigger an event.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventEventTypeField {
    /// `ACCESS_GRANTED`
    AccessGranted,
    /// `ACCESS_REVOKED`
    AccessRevoked,
    /// `ADD_DEVICE_ASSOCIATION`
    AddDeviceAssociation,
    /// `ADD_LOGIN_ACTIVITY_DEVICE`
    AddLoginActivityDevice,
    /// `ADMIN_LOGIN`
    AdminLogin,
    /// `ADVANCED_FOLDER_SETTINGS_UPDATE`
    AdvancedFolderSettingsUpdate,
    /// `AI_SECURITY_DETECTION`
    AiSecurityDetection,
    /// `ANNOTATIONV2_CREATE`
    Annotationv2Create,
    /// `ANNOTATIONV2_DELETE`
    Annotationv2Delete,
    /// `ANNOTATIONV2_EDIT`
    Annotationv2Edit,
    /// `APPLICATION_CREATED`
    ApplicationCreated,
    /// `APPLICATION_PUBLIC_KEY_ADDED`
    ApplicationPublicKeyAdded,
    /// `APPLICATION_PUBLIC_KEY_DELETED`
    ApplicationPublicKeyDeleted,
    /// `BOX_AI_USER_FAILED_REQUEST`
    BoxAiUserFailedRequest,
    /// `BOX_AI_USER_REQUEST`
    BoxAiUserRequest,
    /// `CHANGE_ADMIN_ROLE`
    ChangeAdminRole,
    /// `CHANGE_FOLDER_PERMISSION`
    ChangeFolderPermission,
    /// `COLLABORATION_ACCEPT`
    CollaborationAccept,
    /// `COLLABORATION_EXPIRATION`
    CollaborationExpiration,
    /// `COLLABORATION_INVITE`
    CollaborationInvite,
    /// `COLLABORATION_REMOVE`
    CollaborationRemove,
    /// `COLLABORATION_ROLE_CHANGE`
    CollaborationRoleChange,
    /// `COLLAB_ADD_COLLABORATOR`
    CollabAddCollaborator,
    /// `COLLAB_INVITE_COLLABORATOR`
    CollabInviteCollaborator,
    /// `COLLAB_REMOVE_COLLABORATOR`
    CollabRemoveCollaborator,
    /// `COLLAB_ROLE_CHANGE`
    CollabRoleChange,
    /// `COLLECTION_CREATE`
    CollectionCreate,
    /// `COLLECTION_DELETE`
    CollectionDelete,
    /// `COLLECTION_ITEM_CREATE`
    CollectionItemCreate,
    /// `COLLECTION_ITEM_DELETE`
    CollectionItemDelete,
    /// `COLLECTION_ITEM_UPDATE`
    CollectionItemUpdate,
    /// `COLLECTION_UPDATE`
    CollectionUpdate,
    /// `COMMENT_CREATE`
    CommentCreate,
    /// `COMMENT_DELETE`
    CommentDelete,
    /// `COMMENT_EDIT`
    CommentEdit,
    /// `CONTENT_ACCESS`
    ContentAccess,
    /// `CONTENT_RECOVERY_REPORT_CREATE`
    ContentRecoveryReportCreate,
    /// `CONTENT_RECOVERY_REPORT_DELETE`
    ContentRecoveryReportDelete,
    /// `CONTENT_RECOVERY_REPORT_INITIATE`
    ContentRecoveryReportInitiate,
    /// `CONTENT_WORKFLOW_ABNORMAL_DOWNLOAD_ACTIVITY`
    ContentWorkflowAbnormalDownloadActivity,
    /// `CONTENT_WORKFLOW_AUTOMATION_ADD`
    ContentWorkflowAutomationAdd,
    /// `CONTENT_WORKFLOW_AUTOMATION_DELETE`
    ContentWorkflowAutomationDelete,
    /// `CONTENT_WORKFLOW_POLICY_ADD`
    ContentWorkflowPolicyAdd,
    /// `CONTENT_WORKFLOW_SHARING_POLICY_VIOLATION`
    ContentWorkflowSharingPolicyViolation,
    /// `CONTENT_WORKFLOW_UPLOAD_POLICY_VIOLATION`
    ContentWorkflowUploadPolicyViolation,
    /// `COPY`
    Copy,
    /// `DATA_RETENTION_CREATE_RETENTION`
    DataRetentionCreateRetention,
    /// `DATA_RETENTION_REMOVE_RETENTION`
    DataRetentionRemoveRetention,
    /// `DELETE`
    Delete,
    /// `DELETE_USER`
    DeleteUser,
    /// `DEVICE_TRUST_CHECK_FAILED`
    DeviceTrustCheckFailed,
    /// `DISABLE_MULTI_FACTOR_AUTH`
    DisableMultiFactorAuth,
    /// `DOWNLOAD`
    Download,
    /// `EDIT`
    Edit,
    /// `EDIT_USER`
    EditUser,
    /// `EDR_CROWDSTRIKE_ACCESS_ALLOWED_NO_CROWDSTRIKE_DEVICE`
    EdrCrowdstrikeAccessAllowedNoCrowdstrikeDevice,
    /// `EDR_CROWDSTRIKE_ACCESS_REVOKED`
    EdrCrowdstrikeAccessRevoked,
    /// `EDR_CROWDSTRIKE_BOX_TOOLS_OUTDATED`
    EdrCrowdstrikeBoxToolsOutdated,
    /// `EDR_CROWDSTRIKE_DEVICE_DETECTED`
    EdrCrowdstrikeDeviceDetected,
    /// `EDR_CROWDSTRIKE_DRIVE_OUTDATED`
    EdrCrowdstrikeDriveOutdated,
    /// `EDR_CROWDSTRIKE_NO_BOX_TOOLS`
    EdrCrowdstrikeNoBoxTools,
    /// `EMAIL_ALIAS_CONFIRM`
    EmailAliasConfirm,
    /// `EMAIL_ALIAS_PRIMARY`
    EmailAliasPrimary,
    /// `EMAIL_ALIAS_REMOVE`
    EmailAliasRemove,
    /// `EMAIL_UPLOAD_DISABLED`
    EmailUploadDisabled,
    /// `EMAIL_UPLOAD_ENABLED`
    EmailUploadEnabled,
    /// `ENABLE_MULTI_FACTOR_AUTH`
    EnableMultiFactorAuth,
    /// `ENABLE_TWO_FACTOR_AUTH`
    EnableTwoFactorAuth,
    /// `ENTERPRISE_APP_AUTHORIZATION_UPDATE`
    EnterpriseAppAuthorizationUpdate,
    /// `EXTERNAL_COLLAB_SECURITY_SETTINGS`
    ExternalCollabSecuritySettings,
    /// `FAILED_LOGIN`
    FailedLogin,
    /// `FAVORITE`
    Favorite,
    /// `FILE_MARKED_MALICIOUS`
    FileMarkedMalicious,
    /// `FILE_REQUEST_CREATE`
    FileRequestCreate,
    /// `FILE_REQUEST_DELETE`
    FileRequestDelete,
    /// `FILE_REQUEST_UPDATE`
    FileRequestUpdate,
    /// `FILE_VERSION_RESTORE`
    FileVersionRestore,
    /// `FILE_WATERMARKED_DOWNLOAD`
    FileWatermarkedDownload,
    /// `GROUP_ADD_ITEM`
    GroupAddItem,
    /// `GROUP_ADD_USER`
    GroupAddUser,
    /// `GROUP_ADMIN_CREATED`
    GroupAdminCreated,
    /// `GROUP_ADMIN_DELETED`
    GroupAdminDeleted,
    /// `GROUP_ADMIN_PERMISSIONS_UPDATED`
    GroupAdminPermissionsUpdated,
    /// `GROUP_CREATION`
    GroupCreation,
    /// `GROUP_DELETION`
    GroupDeletion,
    /// `GROUP_EDITED`
    GroupEdited,
    /// `GROUP_REMOVE_ITEM`
    GroupRemoveItem,
    /// `GROUP_REMOVE_USER`
    GroupRemoveUser,
    /// `ILLEGAL_ITEM_OWNERSHIP_TRANSFER_BY_USER`
    IllegalItemOwnershipTransferByUser,
    /// `ITEM_ASSOCIATION_CREATED`
    ItemAssociationCreated,
    /// `ITEM_ASSOCIATION_DELETED`
    ItemAssociationDeleted,
    /// `ITEM_ASSOCIATION_UPDATED`
    ItemAssociationUpdated,
    /// `ITEM_COPY`
    ItemCopy,
    /// `ITEM_CREATE`
    ItemCreate,
    /// `ITEM_DOWNLOAD`
    ItemDownload,
    /// `ITEM_EMAIL_SEND`
    ItemEmailSend,
    /// `ITEM_MAKE_CURRENT_VERSION`
    ItemMakeCurrentVersion,
    /// `ITEM_MODIFY`
    ItemModify,
    /// `ITEM_MOVE`
    ItemMove,
    /// `ITEM_OPEN`
    ItemOpen,
    /// `ITEM_PREVIEW`
    ItemPreview,
    /// `ITEM_RENAME`
    ItemRename,
    /// `ITEM_SHARED`
    ItemShared,
    /// `ITEM_SHARED_CREATE`
    ItemSharedCreate,
    /// `ITEM_SHARED_UNSHARE`
    ItemSharedUnshare,
    /// `ITEM_SHARED_UPDATE`
    ItemSharedUpdate,
    /// `ITEM_SYNC`
    ItemSync,
    /// `ITEM_TRASH`
    ItemTrash,
    /// `ITEM_UNDELETE_VIA_TRASH`
    ItemUndeleteViaTrash,
    /// `ITEM_UNSYNC`
    ItemUnsync,
    /// `ITEM_UPLOAD`
    ItemUpload,
    /// `LEGAL_HOLD_ASSIGNMENT_CREATE`
    LegalHoldAssignmentCreate,
    /// `LEGAL_HOLD_ASSIGNMENT_DELETE`
    LegalHoldAssignmentDelete,
    /// `LEGAL_HOLD_POLICY_CREATE`
    LegalHoldPolicyCreate,
    /// `LEGAL_HOLD_POLICY_DELETE`
    LegalHoldPolicyDelete,
    /// `LEGAL_HOLD_POLICY_UPDATE`
    LegalHoldPolicyUpdate,
    /// `LOCK`
    Lock,
    /// `LOCK_CREATE`
    LockCreate,
    /// `LOCK_DESTROY`
    LockDestroy,
    /// `LOGIN`
    Login,
    /// `MASTER_INVITE_ACCEPT`
    MasterInviteAccept,
    /// `MASTER_INVITE_REJECT`
    MasterInviteReject,
    /// `METADATA_CASCADE_POLICY_APPLY`
    MetadataCascadePolicyApply,
    /// `METADATA_CASCADE_POLICY_CREATE`
    MetadataCascadePolicyCreate,
    /// `METADATA_INSTANCE_COPY`
    MetadataInstanceCopy,
    /// `METADATA_INSTANCE_CREATE`
    MetadataInstanceCreate,
    /// `METADATA_INSTANCE_DELETE`
    MetadataInstanceDelete,
    /// `METADATA_INSTANCE_UPDATE`
    MetadataInstanceUpdate,
    /// `METADATA_TEMPLATE_CREATE`
    MetadataTemplateCreate,
    /// `METADATA_TEMPLATE_DELETE`
    MetadataTemplateDelete,
    /// `METADATA_TEMPLATE_UPDATE`
    MetadataTemplateUpdate,
    /// `MOVE`
    Move,
    /// `NEW_USER`
    NewUser,
    /// `OAUTH2_ACCESS_TOKEN_REVOKE`
    Oauth2AccessTokenRevoke,
    /// `OAUTH2_REFRESH_TOKEN_REVOKE`
    Oauth2RefreshTokenRevoke,
    /// `PREVIEW`
    Preview,
    /// `REMOVE_DEVICE_ASSOCIATION`
    RemoveDeviceAssociation,
    /// `REMOVE_LOGIN_ACTIVITY_DEVICE`
    RemoveLoginActivityDevice,
    /// `RENAME`
    Rename,
    /// `RETENTION_POLICY_ASSIGNMENT_ADD`
    RetentionPolicyAssignmentAdd,
    /// `SHARE`
    Share,
    /// `SHARED_LINK_REDIRECT_OUT_OF_SHARED_CONTEXT`
    SharedLinkRedirectOutOfSharedContext,
    /// `SHARED_LINK_SEND`
    SharedLinkSend,
    /// `SHARE_EXPIRATION`
    ShareExpiration,
    /// `SHIELD_ACCESS_POLICY_CREATED`
    ShieldAccessPolicyCreated,
    /// `SHIELD_ACCESS_POLICY_DELETED`
    ShieldAccessPolicyDeleted,
    /// `SHIELD_ACCESS_POLICY_UPDATED`
    ShieldAccessPolicyUpdated,
    /// `SHIELD_ALERT`
    ShieldAlert,
    /// `SHIELD_DOWNLOAD_BLOCKED`
    ShieldDownloadBlocked,
    /// `SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED`
    ShieldExternalCollabAccessBlocked,
    /// `SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED_MISSING_JUSTIFICATION`
    ShieldExternalCollabAccessBlockedMissingJustification,
    /// `SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED`
    ShieldExternalCollabInviteBlocked,
    /// `SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED_MISSING_JUSTIFICATION`
    ShieldExternalCollabInviteBlockedMissingJustification,
    /// `SHIELD_EXTERNAL_COLLAB_INVITE_JUSTIFIED`
    ShieldExternalCollabInviteJustified,
    /// `SHIELD_INFORMATION_BARRIER_COLLAB_BLOCKED`
    ShieldInformationBarrierCollabBlocked,
    /// `SHIELD_INFORMATION_BARRIER_DISABLED`
    ShieldInformationBarrierDisabled,
    /// `SHIELD_INFORMATION_BARRIER_ENABLED`
    ShieldInformationBarrierEnabled,
    /// `SHIELD_INFORMATION_BARRIER_GROUP_ADD_USER_BLOCKED`
    ShieldInformationBarrierGroupAddUserBlocked,
    /// `SHIELD_INFORMATION_BARRIER_ITEM_COPY_BLOCKED`
    ShieldInformationBarrierItemCopyBlocked,
    /// `SHIELD_INFORMATION_BARRIER_ITEM_MOVE_BLOCKED`
    ShieldInformationBarrierItemMoveBlocked,
    /// `SHIELD_INFORMATION_BARRIER_ITEM_OWNER_TRANSFER_BLOCKED`
    ShieldInformationBarrierItemOwnerTransferBlocked,
    /// `SHIELD_INFORMATION_BARRIER_PENDING`
    ShieldInformationBarrierPending,
    /// `SHIELD_INFORMATION_BARRIER_SHARED_ITEM_ACCESS_BLOCKED`
    ShieldInformationBarrierSharedItemAccessBlocked,
    /// `SHIELD_JUSTIFICATION_APPROVAL`
    ShieldJustificationApproval,
    /// `SHIELD_SHARED_LINK_ACCESS_BLOCKED`
    ShieldSharedLinkAccessBlocked,
    /// `SHIELD_SHARED_LINK_STATUS_RESTRICTED_ON_CREATE`
    ShieldSharedLinkStatusRestrictedOnCreate,
    /// `SHIELD_SHARED_LINK_STATUS_RESTRICTED_ON_UPDATE`
    ShieldSharedLinkStatusRestrictedOnUpdate,
    /// `SIGN_DOCUMENT_ASSIGNED`
    SignDocumentAssigned,
    /// `SIGN_DOCUMENT_CANCELLED`
    SignDocumentCancelled,
    /// `SIGN_DOCUMENT_COMPLETED`
    SignDocumentCompleted,
    /// `SIGN_DOCUMENT_CONVERTED`
    SignDocumentConverted,
    /// `SIGN_DOCUMENT_CREATED`
    SignDocumentCreated,
    /// `SIGN_DOCUMENT_DECLINED`
    SignDocumentDeclined,
    /// `SIGN_DOCUMENT_EXPIRED`
    SignDocumentExpired,
    /// `SIGN_DOCUMENT_SIGNED`
    SignDocumentSigned,
    /// `SIGN_DOCUMENT_VIEWED_BY_SIGNED`
    SignDocumentViewedBySigned,
    /// `SIGN_DOCUMENT_VIEWED_BY_SIGNER`
    SignDocumentViewedBySigner,
    /// `SIGNER_DOWNLOADED`
    SignerDownloaded,
    /// `SIGNER_FORWARDED`
    SignerForwarded,
    /// `STORAGE_EXPIRATION`
    StorageExpiration,
    /// `TAG_ITEM_CREATE`
    TagItemCreate,
    /// `TASK_ASSIGNMENT_CREATE`
    TaskAssignmentCreate,
    /// `TASK_ASSIGNMENT_DELETE`
    TaskAssignmentDelete,
    /// `TASK_ASSIGNMENT_UPDATE`
    TaskAssignmentUpdate,
    /// `TASK_CREATE`
    TaskCreate,
    /// `TASK_UPDATE`
    TaskUpdate,
    /// `TERMS_OF_SERVICE_ACCEPT`
    TermsOfServiceAccept,
    /// `TERMS_OF_SERVICE_REJECT`
    TermsOfServiceReject,
    /// `UNDELETE`
    Undelete,
    /// `UNFAVORITE`
    Unfavorite,
    /// `UNLOCK`
    Unlock,
    /// `UNSHARE`
    Unshare,
    /// `UPDATE_COLLABORATION_EXPIRATION`
    UpdateCollaborationExpiration,
    /// `UPDATE_SHARE_EXPIRATION`
    UpdateShareExpiration,
    /// `UPLOAD`
    Upload,
    /// `USER_AUTHENTICATE_OAUTH2_ACCESS_TOKEN_CREATE`
    UserAuthenticateOauth2AccessTokenCreate,
    /// `WATERMARK_LABEL_CREATE`
    WatermarkLabelCreate,
    /// `WATERMARK_LABEL_DELETE`
    WatermarkLabelDelete,
    /// `WORKFLOW_AUTOMATION_CREATE`
    WorkflowAutomationCreate,
    /// `WORKFLOW_AUTOMATION_DELETE`
    WorkflowAutomationDelete,
    /// `WORKFLOW_AUTOMATION_UPDATE`
    WorkflowAutomationUpdate,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl EventEventTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessGranted => "ACCESS_GRANTED",
            Self::AccessRevoked => "ACCESS_REVOKED",
            Self::AddDeviceAssociation => "ADD_DEVICE_ASSOCIATION",
            Self::AddLoginActivityDevice => "ADD_LOGIN_ACTIVITY_DEVICE",
            Self::AdminLogin => "ADMIN_LOGIN",
            Self::AdvancedFolderSettingsUpdate => "ADVANCED_FOLDER_SETTINGS_UPDATE",
            Self::AiSecurityDetection => "AI_SECURITY_DETECTION",
            Self::Annotationv2Create => "ANNOTATIONV2_CREATE",
            Self::Annotationv2Delete => "ANNOTATIONV2_DELETE",
            Self::Annotationv2Edit => "ANNOTATIONV2_EDIT",
            Self::ApplicationCreated => "APPLICATION_CREATED",
            Self::ApplicationPublicKeyAdded => "APPLICATION_PUBLIC_KEY_ADDED",
            Self::ApplicationPublicKeyDeleted => "APPLICATION_PUBLIC_KEY_DELETED",
            Self::BoxAiUserFailedRequest => "BOX_AI_USER_FAILED_REQUEST",
            Self::BoxAiUserRequest => "BOX_AI_USER_REQUEST",
            Self::ChangeAdminRole => "CHANGE_ADMIN_ROLE",
            Self::ChangeFolderPermission => "CHANGE_FOLDER_PERMISSION",
            Self::CollaborationAccept => "COLLABORATION_ACCEPT",
            Self::CollaborationExpiration => "COLLABORATION_EXPIRATION",
            Self::CollaborationInvite => "COLLABORATION_INVITE",
            Self::CollaborationRemove => "COLLABORATION_REMOVE",
            Self::CollaborationRoleChange => "COLLABORATION_ROLE_CHANGE",
            Self::CollabAddCollaborator => "COLLAB_ADD_COLLABORATOR",
            Self::CollabInviteCollaborator => "COLLAB_INVITE_COLLABORATOR",
            Self::CollabRemoveCollaborator => "COLLAB_REMOVE_COLLABORATOR",
            Self::CollabRoleChange => "COLLAB_ROLE_CHANGE",
            Self::CollectionCreate => "COLLECTION_CREATE",
            Self::CollectionDelete => "COLLECTION_DELETE",
            Self::CollectionItemCreate => "COLLECTION_ITEM_CREATE",
            Self::CollectionItemDelete => "COLLECTION_ITEM_DELETE",
            Self::CollectionItemUpdate => "COLLECTION_ITEM_UPDATE",
            Self::CollectionUpdate => "COLLECTION_UPDATE",
            Self::CommentCreate => "COMMENT_CREATE",
            Self::CommentDelete => "COMMENT_DELETE",
            Self::CommentEdit => "COMMENT_EDIT",
            Self::ContentAccess => "CONTENT_ACCESS",
            Self::ContentRecoveryReportCreate => "CONTENT_RECOVERY_REPORT_CREATE",
            Self::ContentRecoveryReportDelete => "CONTENT_RECOVERY_REPORT_DELETE",
            Self::ContentRecoveryReportInitiate => "CONTENT_RECOVERY_REPORT_INITIATE",
            Self::ContentWorkflowAbnormalDownloadActivity => "CONTENT_WORKFLOW_ABNORMAL_DOWNLOAD_ACTIVITY",
            Self::ContentWorkflowAutomationAdd => "CONTENT_WORKFLOW_AUTOMATION_ADD",
            Self::ContentWorkflowAutomationDelete => "CONTENT_WORKFLOW_AUTOMATION_DELETE",
            Self::ContentWorkflowPolicyAdd => "CONTENT_WORKFLOW_POLICY_ADD",
            Self::ContentWorkflowSharingPolicyViolation => "CONTENT_WORKFLOW_SHARING_POLICY_VIOLATION",
            Self::ContentWorkflowUploadPolicyViolation => "CONTENT_WORKFLOW_UPLOAD_POLICY_VIOLATION",
            Self::Copy => "COPY",
            Self::DataRetentionCreateRetention => "DATA_RETENTION_CREATE_RETENTION",
            Self::DataRetentionRemoveRetention => "DATA_RETENTION_REMOVE_RETENTION",
            Self::Delete => "DELETE",
            Self::DeleteUser => "DELETE_USER",
            Self::DeviceTrustCheckFailed => "DEVICE_TRUST_CHECK_FAILED",
            Self::DisableMultiFactorAuth => "DISABLE_MULTI_FACTOR_AUTH",
            Self::Download => "DOWNLOAD",
            Self::Edit => "EDIT",
            Self::EditUser => "EDIT_USER",
            Self::EdrCrowdstrikeAccessAllowedNoCrowdstrikeDevice => {
                "EDR_CROWDSTRIKE_ACCESS_ALLOWED_NO_CROWDSTRIKE_DEVICE"
            }
            Self::EdrCrowdstrikeAccessRevoked => "EDR_CROWDSTRIKE_ACCESS_REVOKED",
            Self::EdrCrowdstrikeBoxToolsOutdated => "EDR_CROWDSTRIKE_BOX_TOOLS_OUTDATED",
            Self::EdrCrowdstrikeDeviceDetected => "EDR_CROWDSTRIKE_DEVICE_DETECTED",
            Self::EdrCrowdstrikeDriveOutdated => "EDR_CROWDSTRIKE_DRIVE_OUTDATED",
            Self::EdrCrowdstrikeNoBoxTools => "EDR_CROWDSTRIKE_NO_BOX_TOOLS",
            Self::EmailAliasConfirm => "EMAIL_ALIAS_CONFIRM",
            Self::EmailAliasPrimary => "EMAIL_ALIAS_PRIMARY",
            Self::EmailAliasRemove => "EMAIL_ALIAS_REMOVE",
            Self::EmailUploadDisabled => "EMAIL_UPLOAD_DISABLED",
            Self::EmailUploadEnabled => "EMAIL_UPLOAD_ENABLED",
            Self::EnableMultiFactorAuth => "ENABLE_MULTI_FACTOR_AUTH",
            Self::EnableTwoFactorAuth => "ENABLE_TWO_FACTOR_AUTH",
            Self::EnterpriseAppAuthorizationUpdate => "ENTERPRISE_APP_AUTHORIZATION_UPDATE",
            Self::ExternalCollabSecuritySettings => "EXTERNAL_COLLAB_SECURITY_SETTINGS",
            Self::FailedLogin => "FAILED_LOGIN",
            Self::Favorite => "FAVORITE",
            Self::FileMarkedMalicious => "FILE_MARKED_MALICIOUS",
            Self::FileRequestCreate => "FILE_REQUEST_CREATE",
            Self::FileRequestDelete => "FILE_REQUEST_DELETE",
            Self::FileRequestUpdate => "FILE_REQUEST_UPDATE",
            Self::FileVersionRestore => "FILE_VERSION_RESTORE",
            Self::FileWatermarkedDownload => "FILE_WATERMARKED_DOWNLOAD",
            Self::GroupAddItem => "GROUP_ADD_ITEM",
            Self::GroupAddUser => "GROUP_ADD_USER",
            Self::GroupAdminCreated => "GROUP_ADMIN_CREATED",
            Self::GroupAdminDeleted => "GROUP_ADMIN_DELETED",
            Self::GroupAdminPermissionsUpdated => "GROUP_ADMIN_PERMISSIONS_UPDATED",
            Self::GroupCreation => "GROUP_CREATION",
            Self::GroupDeletion => "GROUP_DELETION",
            Self::GroupEdited => "GROUP_EDITED",
            Self::GroupRemoveItem => "GROUP_REMOVE_ITEM",
            Self::GroupRemoveUser => "GROUP_REMOVE_USER",
            Self::IllegalItemOwnershipTransferByUser => "ILLEGAL_ITEM_OWNERSHIP_TRANSFER_BY_USER",
            Self::ItemAssociationCreated => "ITEM_ASSOCIATION_CREATED",
            Self::ItemAssociationDeleted => "ITEM_ASSOCIATION_DELETED",
            Self::ItemAssociationUpdated => "ITEM_ASSOCIATION_UPDATED",
            Self::ItemCopy => "ITEM_COPY",
            Self::ItemCreate => "ITEM_CREATE",
            Self::ItemDownload => "ITEM_DOWNLOAD",
            Self::ItemEmailSend => "ITEM_EMAIL_SEND",
            Self::ItemMakeCurrentVersion => "ITEM_MAKE_CURRENT_VERSION",
            Self::ItemModify => "ITEM_MODIFY",
            Self::ItemMove => "ITEM_MOVE",
            Self::ItemOpen => "ITEM_OPEN",
            Self::ItemPreview => "ITEM_PREVIEW",
            Self::ItemRename => "ITEM_RENAME",
            Self::ItemShared => "ITEM_SHARED",
            Self::ItemSharedCreate => "ITEM_SHARED_CREATE",
            Self::ItemSharedUnshare => "ITEM_SHARED_UNSHARE",
            Self::ItemSharedUpdate => "ITEM_SHARED_UPDATE",
            Self::ItemSync => "ITEM_SYNC",
            Self::ItemTrash => "ITEM_TRASH",
            Self::ItemUndeleteViaTrash => "ITEM_UNDELETE_VIA_TRASH",
            Self::ItemUnsync => "ITEM_UNSYNC",
            Self::ItemUpload => "ITEM_UPLOAD",
            Self::LegalHoldAssignmentCreate => "LEGAL_HOLD_ASSIGNMENT_CREATE",
            Self::LegalHoldAssignmentDelete => "LEGAL_HOLD_ASSIGNMENT_DELETE",
            Self::LegalHoldPolicyCreate => "LEGAL_HOLD_POLICY_CREATE",
            Self::LegalHoldPolicyDelete => "LEGAL_HOLD_POLICY_DELETE",
            Self::LegalHoldPolicyUpdate => "LEGAL_HOLD_POLICY_UPDATE",
            Self::Lock => "LOCK",
            Self::LockCreate => "LOCK_CREATE",
            Self::LockDestroy => "LOCK_DESTROY",
            Self::Login => "LOGIN",
            Self::MasterInviteAccept => "MASTER_INVITE_ACCEPT",
            Self::MasterInviteReject => "MASTER_INVITE_REJECT",
            Self::MetadataCascadePolicyApply => "METADATA_CASCADE_POLICY_APPLY",
            Self::MetadataCascadePolicyCreate => "METADATA_CASCADE_POLICY_CREATE",
            Self::MetadataInstanceCopy => "METADATA_INSTANCE_COPY",
            Self::MetadataInstanceCreate => "METADATA_INSTANCE_CREATE",
            Self::MetadataInstanceDelete => "METADATA_INSTANCE_DELETE",
            Self::MetadataInstanceUpdate => "METADATA_INSTANCE_UPDATE",
            Self::MetadataTemplateCreate => "METADATA_TEMPLATE_CREATE",
            Self::MetadataTemplateDelete => "METADATA_TEMPLATE_DELETE",
            Self::MetadataTemplateUpdate => "METADATA_TEMPLATE_UPDATE",
            Self::Move => "MOVE",
            Self::NewUser => "NEW_USER",
            Self::Oauth2AccessTokenRevoke => "OAUTH2_ACCESS_TOKEN_REVOKE",
            Self::Oauth2RefreshTokenRevoke => "OAUTH2_REFRESH_TOKEN_REVOKE",
            Self::Preview => "PREVIEW",
            Self::RemoveDeviceAssociation => "REMOVE_DEVICE_ASSOCIATION",
            Self::RemoveLoginActivityDevice => "REMOVE_LOGIN_ACTIVITY_DEVICE",
            Self::Rename => "RENAME",
            Self::RetentionPolicyAssignmentAdd => "RETENTION_POLICY_ASSIGNMENT_ADD",
            Self::Share => "SHARE",
            Self::SharedLinkRedirectOutOfSharedContext => "SHARED_LINK_REDIRECT_OUT_OF_SHARED_CONTEXT",
            Self::SharedLinkSend => "SHARED_LINK_SEND",
            Self::ShareExpiration => "SHARE_EXPIRATION",
            Self::ShieldAccessPolicyCreated => "SHIELD_ACCESS_POLICY_CREATED",
            Self::ShieldAccessPolicyDeleted => "SHIELD_ACCESS_POLICY_DELETED",
            Self::ShieldAccessPolicyUpdated => "SHIELD_ACCESS_POLICY_UPDATED",
            Self::ShieldAlert => "SHIELD_ALERT",
            Self::ShieldDownloadBlocked => "SHIELD_DOWNLOAD_BLOCKED",
            Self::ShieldExternalCollabAccessBlocked => "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED",
            Self::ShieldExternalCollabAccessBlockedMissingJustification => {
                "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED_MISSING_JUSTIFICATION"
            }
            Self::ShieldExternalCollabInviteBlocked => "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED",
            Self::ShieldExternalCollabInviteBlockedMissingJustification => {
                "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED_MISSING_JUSTIFICATION"
            }
            Self::ShieldExternalCollabInviteJustified => "SHIELD_EXTERNAL_COLLAB_INVITE_JUSTIFIED",
            Self::ShieldInformationBarrierCollabBlocked => "SHIELD_INFORMATION_BARRIER_COLLAB_BLOCKED",
            Self::ShieldInformationBarrierDisabled => "SHIELD_INFORMATION_BARRIER_DISABLED",
            Self::ShieldInformationBarrierEnabled => "SHIELD_INFORMATION_BARRIER_ENABLED",
            Self::ShieldInformationBarrierGroupAddUserBlocked => "SHIELD_INFORMATION_BARRIER_GROUP_ADD_USER_BLOCKED",
            Self::ShieldInformationBarrierItemCopyBlocked => "SHIELD_INFORMATION_BARRIER_ITEM_COPY_BLOCKED",
            Self::ShieldInformationBarrierItemMoveBlocked => "SHIELD_INFORMATION_BARRIER_ITEM_MOVE_BLOCKED",
            Self::ShieldInformationBarrierItemOwnerTransferBlocked => {
                "SHIELD_INFORMATION_BARRIER_ITEM_OWNER_TRANSFER_BLOCKED"
            }
            Self::ShieldInformationBarrierPending => "SHIELD_INFORMATION_BARRIER_PENDING",
            Self::ShieldInformationBarrierSharedItemAccessBlocked => {
                "SHIELD_INFORMATION_BARRIER_SHARED_ITEM_ACCESS_BLOCKED"
            }
            Self::ShieldJustificationApproval => "SHIELD_JUSTIFICATION_APPROVAL",
            Self::ShieldSharedLinkAccessBlocked => "SHIELD_SHARED_LINK_ACCESS_BLOCKED",
            Self::ShieldSharedLinkStatusRestrictedOnCreate => "SHIELD_SHARED_LINK_STATUS_RESTRICTED_ON_CREATE",
            Self::ShieldSharedLinkStatusRestrictedOnUpdate => "SHIELD_SHARED_LINK_STATUS_RESTRICTED_ON_UPDATE",
            Self::SignDocumentAssigned => "SIGN_DOCUMENT_ASSIGNED",
            Self::SignDocumentCancelled => "SIGN_DOCUMENT_CANCELLED",
            Self::SignDocumentCompleted => "SIGN_DOCUMENT_COMPLETED",
            Self::SignDocumentConverted => "SIGN_DOCUMENT_CONVERTED",
            Self::SignDocumentCreated => "SIGN_DOCUMENT_CREATED",
            Self::SignDocumentDeclined => "SIGN_DOCUMENT_DECLINED",
            Self::SignDocumentExpired => "SIGN_DOCUMENT_EXPIRED",
            Self::SignDocumentSigned => "SIGN_DOCUMENT_SIGNED",
            Self::SignDocumentViewedBySigned => "SIGN_DOCUMENT_VIEWED_BY_SIGNED",
            Self::SignDocumentViewedBySigner => "SIGN_DOCUMENT_VIEWED_BY_SIGNER",
            Self::SignerDownloaded => "SIGNER_DOWNLOADED",
            Self::SignerForwarded => "SIGNER_FORWARDED",
            Self::StorageExpiration => "STORAGE_EXPIRATION",
            Self::TagItemCreate => "TAG_ITEM_CREATE",
            Self::TaskAssignmentCreate => "TASK_ASSIGNMENT_CREATE",
            Self::TaskAssignmentDelete => "TASK_ASSIGNMENT_DELETE",
            Self::TaskAssignmentUpdate => "TASK_ASSIGNMENT_UPDATE",
            Self::TaskCreate => "TASK_CREATE",
            Self::TaskUpdate => "TASK_UPDATE",
            Self::TermsOfServiceAccept => "TERMS_OF_SERVICE_ACCEPT",
            Self::TermsOfServiceReject => "TERMS_OF_SERVICE_REJECT",
            Self::Undelete => "UNDELETE",
            Self::Unfavorite => "UNFAVORITE",
            Self::Unlock => "UNLOCK",
            Self::Unshare => "UNSHARE",
            Self::UpdateCollaborationExpiration => "UPDATE_COLLABORATION_EXPIRATION",
            Self::UpdateShareExpiration => "UPDATE_SHARE_EXPIRATION",
            Self::Upload => "UPLOAD",
            Self::UserAuthenticateOauth2AccessTokenCreate => "USER_AUTHENTICATE_OAUTH2_ACCESS_TOKEN_CREATE",
            Self::WatermarkLabelCreate => "WATERMARK_LABEL_CREATE",
            Self::WatermarkLabelDelete => "WATERMARK_LABEL_DELETE",
            Self::WorkflowAutomationCreate => "WORKFLOW_AUTOMATION_CREATE",
            Self::WorkflowAutomationDelete => "WORKFLOW_AUTOMATION_DELETE",
            Self::WorkflowAutomationUpdate => "WORKFLOW_AUTOMATION_UPDATE",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for EventEventTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "ACCESS_GRANTED" => Self::AccessGranted,
            "ACCESS_REVOKED" => Self::AccessRevoked,
            "ADD_DEVICE_ASSOCIATION" => Self::AddDeviceAssociation,
            "ADD_LOGIN_ACTIVITY_DEVICE" => Self::AddLoginActivityDevice,
            "ADMIN_LOGIN" => Self::AdminLogin,
            "ADVANCED_FOLDER_SETTINGS_UPDATE" => Self::AdvancedFolderSettingsUpdate,
            "AI_SECURITY_DETECTION" => Self::AiSecurityDetection,
            "ANNOTATIONV2_CREATE" => Self::Annotationv2Create,
            "ANNOTATIONV2_DELETE" => Self::Annotationv2Delete,
            "ANNOTATIONV2_EDIT" => Self::Annotationv2Edit,
            "APPLICATION_CREATED" => Self::ApplicationCreated,
            "APPLICATION_PUBLIC_KEY_ADDED" => Self::ApplicationPublicKeyAdded,
            "APPLICATION_PUBLIC_KEY_DELETED" => Self::ApplicationPublicKeyDeleted,
            "BOX_AI_USER_FAILED_REQUEST" => Self::BoxAiUserFailedRequest,
            "BOX_AI_USER_REQUEST" => Self::BoxAiUserRequest,
            "CHANGE_ADMIN_ROLE" => Self::ChangeAdminRole,
            "CHANGE_FOLDER_PERMISSION" => Self::ChangeFolderPermission,
            "COLLABORATION_ACCEPT" => Self::CollaborationAccept,
            "COLLABORATION_EXPIRATION" => Self::CollaborationExpiration,
            "COLLABORATION_INVITE" => Self::CollaborationInvite,
            "COLLABORATION_REMOVE" => Self::CollaborationRemove,
            "COLLABORATION_ROLE_CHANGE" => Self::CollaborationRoleChange,
            "COLLAB_ADD_COLLABORATOR" => Self::CollabAddCollaborator,
            "COLLAB_INVITE_COLLABORATOR" => Self::CollabInviteCollaborator,
            "COLLAB_REMOVE_COLLABORATOR" => Self::CollabRemoveCollaborator,
            "COLLAB_ROLE_CHANGE" => Self::CollabRoleChange,
            "COLLECTION_CREATE" => Self::CollectionCreate,
            "COLLECTION_DELETE" => Self::CollectionDelete,
            "COLLECTION_ITEM_CREATE" => Self::CollectionItemCreate,
            "COLLECTION_ITEM_DELETE" => Self::CollectionItemDelete,
            "COLLECTION_ITEM_UPDATE" => Self::CollectionItemUpdate,
            "COLLECTION_UPDATE" => Self::CollectionUpdate,
            "COMMENT_CREATE" => Self::CommentCreate,
            "COMMENT_DELETE" => Self::CommentDelete,
            "COMMENT_EDIT" => Self::CommentEdit,
            "CONTENT_ACCESS" => Self::ContentAccess,
            "CONTENT_RECOVERY_REPORT_CREATE" => Self::ContentRecoveryReportCreate,
            "CONTENT_RECOVERY_REPORT_DELETE" => Self::ContentRecoveryReportDelete,
            "CONTENT_RECOVERY_REPORT_INITIATE" => Self::ContentRecoveryReportInitiate,
            "CONTENT_WORKFLOW_ABNORMAL_DOWNLOAD_ACTIVITY" => Self::ContentWorkflowAbnormalDownloadActivity,
            "CONTENT_WORKFLOW_AUTOMATION_ADD" => Self::ContentWorkflowAutomationAdd,
            "CONTENT_WORKFLOW_AUTOMATION_DELETE" => Self::ContentWorkflowAutomationDelete,
            "CONTENT_WORKFLOW_POLICY_ADD" => Self::ContentWorkflowPolicyAdd,
            "CONTENT_WORKFLOW_SHARING_POLICY_VIOLATION" => Self::ContentWorkflowSharingPolicyViolation,
            "CONTENT_WORKFLOW_UPLOAD_POLICY_VIOLATION" => Self::ContentWorkflowUploadPolicyViolation,
            "COPY" => Self::Copy,
            "DATA_RETENTION_CREATE_RETENTION" => Self::DataRetentionCreateRetention,
            "DATA_RETENTION_REMOVE_RETENTION" => Self::DataRetentionRemoveRetention,
            "DELETE" => Self::Delete,
            "DELETE_USER" => Self::DeleteUser,
            "DEVICE_TRUST_CHECK_FAILED" => Self::DeviceTrustCheckFailed,
            "DISABLE_MULTI_FACTOR_AUTH" => Self::DisableMultiFactorAuth,
            "DOWNLOAD" => Self::Download,
            "EDIT" => Self::Edit,
            "EDIT_USER" => Self::EditUser,
            "EDR_CROWDSTRIKE_ACCESS_ALLOWED_NO_CROWDSTRIKE_DEVICE" => {
                Self::EdrCrowdstrikeAccessAllowedNoCrowdstrikeDevice
            }
            "EDR_CROWDSTRIKE_ACCESS_REVOKED" => Self::EdrCrowdstrikeAccessRevoked,
            "EDR_CROWDSTRIKE_BOX_TOOLS_OUTDATED" => Self::EdrCrowdstrikeBoxToolsOutdated,
            "EDR_CROWDSTRIKE_DEVICE_DETECTED" => Self::EdrCrowdstrikeDeviceDetected,
            "EDR_CROWDSTRIKE_DRIVE_OUTDATED" => Self::EdrCrowdstrikeDriveOutdated,
            "EDR_CROWDSTRIKE_NO_BOX_TOOLS" => Self::EdrCrowdstrikeNoBoxTools,
            "EMAIL_ALIAS_CONFIRM" => Self::EmailAliasConfirm,
            "EMAIL_ALIAS_PRIMARY" => Self::EmailAliasPrimary,
            "EMAIL_ALIAS_REMOVE" => Self::EmailAliasRemove,
            "EMAIL_UPLOAD_DISABLED" => Self::EmailUploadDisabled,
            "EMAIL_UPLOAD_ENABLED" => Self::EmailUploadEnabled,
            "ENABLE_MULTI_FACTOR_AUTH" => Self::EnableMultiFactorAuth,
            "ENABLE_TWO_FACTOR_AUTH" => Self::EnableTwoFactorAuth,
            "ENTERPRISE_APP_AUTHORIZATION_UPDATE" => Self::EnterpriseAppAuthorizationUpdate,
            "EXTERNAL_COLLAB_SECURITY_SETTINGS" => Self::ExternalCollabSecuritySettings,
            "FAILED_LOGIN" => Self::FailedLogin,
            "FAVORITE" => Self::Favorite,
            "FILE_MARKED_MALICIOUS" => Self::FileMarkedMalicious,
            "FILE_REQUEST_CREATE" => Self::FileRequestCreate,
            "FILE_REQUEST_DELETE" => Self::FileRequestDelete,
            "FILE_REQUEST_UPDATE" => Self::FileRequestUpdate,
            "FILE_VERSION_RESTORE" => Self::FileVersionRestore,
            "FILE_WATERMARKED_DOWNLOAD" => Self::FileWatermarkedDownload,
            "GROUP_ADD_ITEM" => Self::GroupAddItem,
            "GROUP_ADD_USER" => Self::GroupAddUser,
            "GROUP_ADMIN_CREATED" => Self::GroupAdminCreated,
            "GROUP_ADMIN_DELETED" => Self::GroupAdminDeleted,
            "GROUP_ADMIN_PERMISSIONS_UPDATED" => Self::GroupAdminPermissionsUpdated,
            "GROUP_CREATION" => Self::GroupCreation,
            "GROUP_DELETION" => Self::GroupDeletion,
            "GROUP_EDITED" => Self::GroupEdited,
            "GROUP_REMOVE_ITEM" => Self::GroupRemoveItem,
            "GROUP_REMOVE_USER" => Self::GroupRemoveUser,
            "ILLEGAL_ITEM_OWNERSHIP_TRANSFER_BY_USER" => Self::IllegalItemOwnershipTransferByUser,
            "ITEM_ASSOCIATION_CREATED" => Self::ItemAssociationCreated,
            "ITEM_ASSOCIATION_DELETED" => Self::ItemAssociationDeleted,
            "ITEM_ASSOCIATION_UPDATED" => Self::ItemAssociationUpdated,
            "ITEM_COPY" => Self::ItemCopy,
            "ITEM_CREATE" => Self::ItemCreate,
            "ITEM_DOWNLOAD" => Self::ItemDownload,
            "ITEM_EMAIL_SEND" => Self::ItemEmailSend,
            "ITEM_MAKE_CURRENT_VERSION" => Self::ItemMakeCurrentVersion,
            "ITEM_MODIFY" => Self::ItemModify,
            "ITEM_MOVE" => Self::ItemMove,
            "ITEM_OPEN" => Self::ItemOpen,
            "ITEM_PREVIEW" => Self::ItemPreview,
            "ITEM_RENAME" => Self::ItemRename,
            "ITEM_SHARED" => Self::ItemShared,
            "ITEM_SHARED_CREATE" => Self::ItemSharedCreate,
            "ITEM_SHARED_UNSHARE" => Self::ItemSharedUnshare,
            "ITEM_SHARED_UPDATE" => Self::ItemSharedUpdate,
            "ITEM_SYNC" => Self::ItemSync,
            "ITEM_TRASH" => Self::ItemTrash,
            "ITEM_UNDELETE_VIA_TRASH" => Self::ItemUndeleteViaTrash,
            "ITEM_UNSYNC" => Self::ItemUnsync,
            "ITEM_UPLOAD" => Self::ItemUpload,
            "LEGAL_HOLD_ASSIGNMENT_CREATE" => Self::LegalHoldAssignmentCreate,
            "LEGAL_HOLD_ASSIGNMENT_DELETE" => Self::LegalHoldAssignmentDelete,
            "LEGAL_HOLD_POLICY_CREATE" => Self::LegalHoldPolicyCreate,
            "LEGAL_HOLD_POLICY_DELETE" => Self::LegalHoldPolicyDelete,
            "LEGAL_HOLD_POLICY_UPDATE" => Self::LegalHoldPolicyUpdate,
            "LOCK" => Self::Lock,
            "LOCK_CREATE" => Self::LockCreate,
            "LOCK_DESTROY" => Self::LockDestroy,
            "LOGIN" => Self::Login,
            "MASTER_INVITE_ACCEPT" => Self::MasterInviteAccept,
            "MASTER_INVITE_REJECT" => Self::MasterInviteReject,
            "METADATA_CASCADE_POLICY_APPLY" => Self::MetadataCascadePolicyApply,
            "METADATA_CASCADE_POLICY_CREATE" => Self::MetadataCascadePolicyCreate,
            "METADATA_INSTANCE_COPY" => Self::MetadataInstanceCopy,
            "METADATA_INSTANCE_CREATE" => Self::MetadataInstanceCreate,
            "METADATA_INSTANCE_DELETE" => Self::MetadataInstanceDelete,
            "METADATA_INSTANCE_UPDATE" => Self::MetadataInstanceUpdate,
            "METADATA_TEMPLATE_CREATE" => Self::MetadataTemplateCreate,
            "METADATA_TEMPLATE_DELETE" => Self::MetadataTemplateDelete,
            "METADATA_TEMPLATE_UPDATE" => Self::MetadataTemplateUpdate,
            "MOVE" => Self::Move,
            "NEW_USER" => Self::NewUser,
            "OAUTH2_ACCESS_TOKEN_REVOKE" => Self::Oauth2AccessTokenRevoke,
            "OAUTH2_REFRESH_TOKEN_REVOKE" => Self::Oauth2RefreshTokenRevoke,
            "PREVIEW" => Self::Preview,
            "REMOVE_DEVICE_ASSOCIATION" => Self::RemoveDeviceAssociation,
            "REMOVE_LOGIN_ACTIVITY_DEVICE" => Self::RemoveLoginActivityDevice,
            "RENAME" => Self::Rename,
            "RETENTION_POLICY_ASSIGNMENT_ADD" => Self::RetentionPolicyAssignmentAdd,
            "SHARE" => Self::Share,
            "SHARED_LINK_REDIRECT_OUT_OF_SHARED_CONTEXT" => Self::SharedLinkRedirectOutOfSharedContext,
            "SHARED_LINK_SEND" => Self::SharedLinkSend,
            "SHARE_EXPIRATION" => Self::ShareExpiration,
            "SHIELD_ACCESS_POLICY_CREATED" => Self::ShieldAccessPolicyCreated,
            "SHIELD_ACCESS_POLICY_DELETED" => Self::ShieldAccessPolicyDeleted,
            "SHIELD_ACCESS_POLICY_UPDATED" => Self::ShieldAccessPolicyUpdated,
            "SHIELD_ALERT" => Self::ShieldAlert,
            "SHIELD_DOWNLOAD_BLOCKED" => Self::ShieldDownloadBlocked,
            "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED" => Self::ShieldExternalCollabAccessBlocked,
            "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED_MISSING_JUSTIFICATION" => {
                Self::ShieldExternalCollabAccessBlockedMissingJustification
            }
            "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED" => Self::ShieldExternalCollabInviteBlocked,
            "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED_MISSING_JUSTIFICATION" => {
                Self::ShieldExternalCollabInviteBlockedMissingJustification
            }
            "SHIELD_EXTERNAL_COLLAB_INVITE_JUSTIFIED" => Self::ShieldExternalCollabInviteJustified,
            "SHIELD_INFORMATION_BARRIER_COLLAB_BLOCKED" => Self::ShieldInformationBarrierCollabBlocked,
            "SHIELD_INFORMATION_BARRIER_DISABLED" => Self::ShieldInformationBarrierDisabled,
            "SHIELD_INFORMATION_BARRIER_ENABLED" => Self::ShieldInformationBarrierEnabled,
            "SHIELD_INFORMATION_BARRIER_GROUP_ADD_USER_BLOCKED" => Self::ShieldInformationBarrierGroupAddUserBlocked,
            "SHIELD_INFORMATION_BARRIER_ITEM_COPY_BLOCKED" => Self::ShieldInformationBarrierItemCopyBlocked,
            "SHIELD_INFORMATION_BARRIER_ITEM_MOVE_BLOCKED" => Self::ShieldInformationBarrierItemMoveBlocked,
            "SHIELD_INFORMATION_BARRIER_ITEM_OWNER_TRANSFER_BLOCKED" => {
                Self::ShieldInformationBarrierItemOwnerTransferBlocked
            }
            "SHIELD_INFORMATION_BARRIER_PENDING" => Self::ShieldInformationBarrierPending,
            "SHIELD_INFORMATION_BARRIER_SHARED_ITEM_ACCESS_BLOCKED" => {
                Self::ShieldInformationBarrierSharedItemAccessBlocked
            }
            "SHIELD_JUSTIFICATION_APPROVAL" => Self::ShieldJustificationApproval,
            "SHIELD_SHARED_LINK_ACCESS_BLOCKED" => Self::ShieldSharedLinkAccessBlocked,
            "SHIELD_SHARED_LINK_STATUS_RESTRICTED_ON_CREATE" => Self::ShieldSharedLinkStatusRestrictedOnCreate,
            "SHIELD_SHARED_LINK_STATUS_RESTRICTED_ON_UPDATE" => Self::ShieldSharedLinkStatusRestrictedOnUpdate,
            "SIGN_DOCUMENT_ASSIGNED" => Self::SignDocumentAssigned,
            "SIGN_DOCUMENT_CANCELLED" => Self::SignDocumentCancelled,
            "SIGN_DOCUMENT_COMPLETED" => Self::SignDocumentCompleted,
            "SIGN_DOCUMENT_CONVERTED" => Self::SignDocumentConverted,
            "SIGN_DOCUMENT_CREATED" => Self::SignDocumentCreated,
            "SIGN_DOCUMENT_DECLINED" => Self::SignDocumentDeclined,
            "SIGN_DOCUMENT_EXPIRED" => Self::SignDocumentExpired,
            "SIGN_DOCUMENT_SIGNED" => Self::SignDocumentSigned,
            "SIGN_DOCUMENT_VIEWED_BY_SIGNED" => Self::SignDocumentViewedBySigned,
            "SIGN_DOCUMENT_VIEWED_BY_SIGNER" => Self::SignDocumentViewedBySigner,
            "SIGNER_DOWNLOADED" => Self::SignerDownloaded,
            "SIGNER_FORWARDED" => Self::SignerForwarded,
            "STORAGE_EXPIRATION" => Self::StorageExpiration,
            "TAG_ITEM_CREATE" => Self::TagItemCreate,
            "TASK_ASSIGNMENT_CREATE" => Self::TaskAssignmentCreate,
            "TASK_ASSIGNMENT_DELETE" => Self::TaskAssignmentDelete,
            "TASK_ASSIGNMENT_UPDATE" => Self::TaskAssignmentUpdate,
            "TASK_CREATE" => Self::TaskCreate,
            "TASK_UPDATE" => Self::TaskUpdate,
            "TERMS_OF_SERVICE_ACCEPT" => Self::TermsOfServiceAccept,
            "TERMS_OF_SERVICE_REJECT" => Self::TermsOfServiceReject,
            "UNDELETE" => Self::Undelete,
            "UNFAVORITE" => Self::Unfavorite,
            "UNLOCK" => Self::Unlock,
            "UNSHARE" => Self::Unshare,
            "UPDATE_COLLABORATION_EXPIRATION" => Self::UpdateCollaborationExpiration,
            "UPDATE_SHARE_EXPIRATION" => Self::UpdateShareExpiration,
            "UPLOAD" => Self::Upload,
            "USER_AUTHENTICATE_OAUTH2_ACCESS_TOKEN_CREATE" => Self::UserAuthenticateOauth2AccessTokenCreate,
            "WATERMARK_LABEL_CREATE" => Self::WatermarkLabelCreate,
            "WATERMARK_LABEL_DELETE" => Self::WatermarkLabelDelete,
            "WORKFLOW_AUTOMATION_CREATE" => Self::WorkflowAutomationCreate,
            "WORKFLOW_AUTOMATION_DELETE" => Self::WorkflowAutomationDelete,
            "WORKFLOW_AUTOMATION_UPDATE" => Self::WorkflowAutomationUpdate,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for EventEventTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EventEventTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for EventEventTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

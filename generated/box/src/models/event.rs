// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Event`] and the types nested in it, from `#/components/schemas/Event`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Event
///
/// The description of an event that happened within Box.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Event {
    /// The value will always be `event`.
    pub r#type: Option<String>,
    /// When the event object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the event object was recorded in database.
    pub recorded_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The ID of the event object. You can use this to detect duplicate events.
    pub event_id: Option<String>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Event/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The `event_type` property, which the spec does not describe (`#/components/schemas/Event/properties/event_type`).
    pub event_type: Option<super::EventEventTypeField>,
    /// The session of the user that performed the action. Not all events will
    /// populate this attribute.
    pub session_id: Option<String>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/Event/properties/source`).
    pub source: Option<super::EventSourceResource>,
    /// This object provides additional information about the event if available.
    ///
    /// This can include how a user performed an event as well as additional
    /// information to correlate an event to external KeySafe logs. Not all events
    /// have an `additional_details` object.  This object is only available in the
    /// Enterprise Events.
    pub additional_details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Event {
        r#type: optional("type"),
        created_at: optional("created_at"),
        recorded_at: optional("recorded_at"),
        event_id: optional("event_id"),
        created_by: optional("created_by"),
        event_type: optional("event_type"),
        session_id: optional("session_id"),
        source: optional("source"),
        additional_details: optional("additional_details")
    }
);

deserialize_struct!(
    runtime,
    Event {
        r#type: optional::<Option<String>>("type"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        recorded_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("recorded_at"),
        event_id: optional::<Option<String>>("event_id"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        event_type: optional::<Option<super::EventEventTypeField>>("event_type"),
        session_id: optional::<Option<String>>("session_id"),
        source: optional::<Option<super::EventSourceResource>>("source"),
        additional_details: optional::<Option<std::collections::BTreeMap<String, serde_json::Value>>>(
            "additional_details"
        )
    }
);

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

string_enum!(
    runtime,
    EventEventTypeField,
    Unknown,
    AccessGranted = "ACCESS_GRANTED",
    AccessRevoked = "ACCESS_REVOKED",
    AddDeviceAssociation = "ADD_DEVICE_ASSOCIATION",
    AddLoginActivityDevice = "ADD_LOGIN_ACTIVITY_DEVICE",
    AdminLogin = "ADMIN_LOGIN",
    AdvancedFolderSettingsUpdate = "ADVANCED_FOLDER_SETTINGS_UPDATE",
    AiSecurityDetection = "AI_SECURITY_DETECTION",
    Annotationv2Create = "ANNOTATIONV2_CREATE",
    Annotationv2Delete = "ANNOTATIONV2_DELETE",
    Annotationv2Edit = "ANNOTATIONV2_EDIT",
    ApplicationCreated = "APPLICATION_CREATED",
    ApplicationPublicKeyAdded = "APPLICATION_PUBLIC_KEY_ADDED",
    ApplicationPublicKeyDeleted = "APPLICATION_PUBLIC_KEY_DELETED",
    BoxAiUserFailedRequest = "BOX_AI_USER_FAILED_REQUEST",
    BoxAiUserRequest = "BOX_AI_USER_REQUEST",
    ChangeAdminRole = "CHANGE_ADMIN_ROLE",
    ChangeFolderPermission = "CHANGE_FOLDER_PERMISSION",
    CollaborationAccept = "COLLABORATION_ACCEPT",
    CollaborationExpiration = "COLLABORATION_EXPIRATION",
    CollaborationInvite = "COLLABORATION_INVITE",
    CollaborationRemove = "COLLABORATION_REMOVE",
    CollaborationRoleChange = "COLLABORATION_ROLE_CHANGE",
    CollabAddCollaborator = "COLLAB_ADD_COLLABORATOR",
    CollabInviteCollaborator = "COLLAB_INVITE_COLLABORATOR",
    CollabRemoveCollaborator = "COLLAB_REMOVE_COLLABORATOR",
    CollabRoleChange = "COLLAB_ROLE_CHANGE",
    CollectionCreate = "COLLECTION_CREATE",
    CollectionDelete = "COLLECTION_DELETE",
    CollectionItemCreate = "COLLECTION_ITEM_CREATE",
    CollectionItemDelete = "COLLECTION_ITEM_DELETE",
    CollectionItemUpdate = "COLLECTION_ITEM_UPDATE",
    CollectionUpdate = "COLLECTION_UPDATE",
    CommentCreate = "COMMENT_CREATE",
    CommentDelete = "COMMENT_DELETE",
    CommentEdit = "COMMENT_EDIT",
    ContentAccess = "CONTENT_ACCESS",
    ContentRecoveryReportCreate = "CONTENT_RECOVERY_REPORT_CREATE",
    ContentRecoveryReportDelete = "CONTENT_RECOVERY_REPORT_DELETE",
    ContentRecoveryReportInitiate = "CONTENT_RECOVERY_REPORT_INITIATE",
    ContentWorkflowAbnormalDownloadActivity = "CONTENT_WORKFLOW_ABNORMAL_DOWNLOAD_ACTIVITY",
    ContentWorkflowAutomationAdd = "CONTENT_WORKFLOW_AUTOMATION_ADD",
    ContentWorkflowAutomationDelete = "CONTENT_WORKFLOW_AUTOMATION_DELETE",
    ContentWorkflowPolicyAdd = "CONTENT_WORKFLOW_POLICY_ADD",
    ContentWorkflowSharingPolicyViolation = "CONTENT_WORKFLOW_SHARING_POLICY_VIOLATION",
    ContentWorkflowUploadPolicyViolation = "CONTENT_WORKFLOW_UPLOAD_POLICY_VIOLATION",
    Copy = "COPY",
    DataRetentionCreateRetention = "DATA_RETENTION_CREATE_RETENTION",
    DataRetentionRemoveRetention = "DATA_RETENTION_REMOVE_RETENTION",
    Delete = "DELETE",
    DeleteUser = "DELETE_USER",
    DeviceTrustCheckFailed = "DEVICE_TRUST_CHECK_FAILED",
    DisableMultiFactorAuth = "DISABLE_MULTI_FACTOR_AUTH",
    Download = "DOWNLOAD",
    Edit = "EDIT",
    EditUser = "EDIT_USER",
    EdrCrowdstrikeAccessAllowedNoCrowdstrikeDevice = "EDR_CROWDSTRIKE_ACCESS_ALLOWED_NO_CROWDSTRIKE_DEVICE",
    EdrCrowdstrikeAccessRevoked = "EDR_CROWDSTRIKE_ACCESS_REVOKED",
    EdrCrowdstrikeBoxToolsOutdated = "EDR_CROWDSTRIKE_BOX_TOOLS_OUTDATED",
    EdrCrowdstrikeDeviceDetected = "EDR_CROWDSTRIKE_DEVICE_DETECTED",
    EdrCrowdstrikeDriveOutdated = "EDR_CROWDSTRIKE_DRIVE_OUTDATED",
    EdrCrowdstrikeNoBoxTools = "EDR_CROWDSTRIKE_NO_BOX_TOOLS",
    EmailAliasConfirm = "EMAIL_ALIAS_CONFIRM",
    EmailAliasPrimary = "EMAIL_ALIAS_PRIMARY",
    EmailAliasRemove = "EMAIL_ALIAS_REMOVE",
    EmailUploadDisabled = "EMAIL_UPLOAD_DISABLED",
    EmailUploadEnabled = "EMAIL_UPLOAD_ENABLED",
    EnableMultiFactorAuth = "ENABLE_MULTI_FACTOR_AUTH",
    EnableTwoFactorAuth = "ENABLE_TWO_FACTOR_AUTH",
    EnterpriseAppAuthorizationUpdate = "ENTERPRISE_APP_AUTHORIZATION_UPDATE",
    ExternalCollabSecuritySettings = "EXTERNAL_COLLAB_SECURITY_SETTINGS",
    FailedLogin = "FAILED_LOGIN",
    Favorite = "FAVORITE",
    FileMarkedMalicious = "FILE_MARKED_MALICIOUS",
    FileRequestCreate = "FILE_REQUEST_CREATE",
    FileRequestDelete = "FILE_REQUEST_DELETE",
    FileRequestUpdate = "FILE_REQUEST_UPDATE",
    FileVersionRestore = "FILE_VERSION_RESTORE",
    FileWatermarkedDownload = "FILE_WATERMARKED_DOWNLOAD",
    GroupAddItem = "GROUP_ADD_ITEM",
    GroupAddUser = "GROUP_ADD_USER",
    GroupAdminCreated = "GROUP_ADMIN_CREATED",
    GroupAdminDeleted = "GROUP_ADMIN_DELETED",
    GroupAdminPermissionsUpdated = "GROUP_ADMIN_PERMISSIONS_UPDATED",
    GroupCreation = "GROUP_CREATION",
    GroupDeletion = "GROUP_DELETION",
    GroupEdited = "GROUP_EDITED",
    GroupRemoveItem = "GROUP_REMOVE_ITEM",
    GroupRemoveUser = "GROUP_REMOVE_USER",
    IllegalItemOwnershipTransferByUser = "ILLEGAL_ITEM_OWNERSHIP_TRANSFER_BY_USER",
    ItemAssociationCreated = "ITEM_ASSOCIATION_CREATED",
    ItemAssociationDeleted = "ITEM_ASSOCIATION_DELETED",
    ItemAssociationUpdated = "ITEM_ASSOCIATION_UPDATED",
    ItemCopy = "ITEM_COPY",
    ItemCreate = "ITEM_CREATE",
    ItemDownload = "ITEM_DOWNLOAD",
    ItemEmailSend = "ITEM_EMAIL_SEND",
    ItemMakeCurrentVersion = "ITEM_MAKE_CURRENT_VERSION",
    ItemModify = "ITEM_MODIFY",
    ItemMove = "ITEM_MOVE",
    ItemOpen = "ITEM_OPEN",
    ItemPreview = "ITEM_PREVIEW",
    ItemRename = "ITEM_RENAME",
    ItemShared = "ITEM_SHARED",
    ItemSharedCreate = "ITEM_SHARED_CREATE",
    ItemSharedUnshare = "ITEM_SHARED_UNSHARE",
    ItemSharedUpdate = "ITEM_SHARED_UPDATE",
    ItemSync = "ITEM_SYNC",
    ItemTrash = "ITEM_TRASH",
    ItemUndeleteViaTrash = "ITEM_UNDELETE_VIA_TRASH",
    ItemUnsync = "ITEM_UNSYNC",
    ItemUpload = "ITEM_UPLOAD",
    LegalHoldAssignmentCreate = "LEGAL_HOLD_ASSIGNMENT_CREATE",
    LegalHoldAssignmentDelete = "LEGAL_HOLD_ASSIGNMENT_DELETE",
    LegalHoldPolicyCreate = "LEGAL_HOLD_POLICY_CREATE",
    LegalHoldPolicyDelete = "LEGAL_HOLD_POLICY_DELETE",
    LegalHoldPolicyUpdate = "LEGAL_HOLD_POLICY_UPDATE",
    Lock = "LOCK",
    LockCreate = "LOCK_CREATE",
    LockDestroy = "LOCK_DESTROY",
    Login = "LOGIN",
    MasterInviteAccept = "MASTER_INVITE_ACCEPT",
    MasterInviteReject = "MASTER_INVITE_REJECT",
    MetadataCascadePolicyApply = "METADATA_CASCADE_POLICY_APPLY",
    MetadataCascadePolicyCreate = "METADATA_CASCADE_POLICY_CREATE",
    MetadataInstanceCopy = "METADATA_INSTANCE_COPY",
    MetadataInstanceCreate = "METADATA_INSTANCE_CREATE",
    MetadataInstanceDelete = "METADATA_INSTANCE_DELETE",
    MetadataInstanceUpdate = "METADATA_INSTANCE_UPDATE",
    MetadataTemplateCreate = "METADATA_TEMPLATE_CREATE",
    MetadataTemplateDelete = "METADATA_TEMPLATE_DELETE",
    MetadataTemplateUpdate = "METADATA_TEMPLATE_UPDATE",
    Move = "MOVE",
    NewUser = "NEW_USER",
    Oauth2AccessTokenRevoke = "OAUTH2_ACCESS_TOKEN_REVOKE",
    Oauth2RefreshTokenRevoke = "OAUTH2_REFRESH_TOKEN_REVOKE",
    Preview = "PREVIEW",
    RemoveDeviceAssociation = "REMOVE_DEVICE_ASSOCIATION",
    RemoveLoginActivityDevice = "REMOVE_LOGIN_ACTIVITY_DEVICE",
    Rename = "RENAME",
    RetentionPolicyAssignmentAdd = "RETENTION_POLICY_ASSIGNMENT_ADD",
    Share = "SHARE",
    SharedLinkRedirectOutOfSharedContext = "SHARED_LINK_REDIRECT_OUT_OF_SHARED_CONTEXT",
    SharedLinkSend = "SHARED_LINK_SEND",
    ShareExpiration = "SHARE_EXPIRATION",
    ShieldAccessPolicyCreated = "SHIELD_ACCESS_POLICY_CREATED",
    ShieldAccessPolicyDeleted = "SHIELD_ACCESS_POLICY_DELETED",
    ShieldAccessPolicyUpdated = "SHIELD_ACCESS_POLICY_UPDATED",
    ShieldAlert = "SHIELD_ALERT",
    ShieldDownloadBlocked = "SHIELD_DOWNLOAD_BLOCKED",
    ShieldExternalCollabAccessBlocked = "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED",
    ShieldExternalCollabAccessBlockedMissingJustification =
        "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED_MISSING_JUSTIFICATION",
    ShieldExternalCollabInviteBlocked = "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED",
    ShieldExternalCollabInviteBlockedMissingJustification =
        "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED_MISSING_JUSTIFICATION",
    ShieldExternalCollabInviteJustified = "SHIELD_EXTERNAL_COLLAB_INVITE_JUSTIFIED",
    ShieldInformationBarrierCollabBlocked = "SHIELD_INFORMATION_BARRIER_COLLAB_BLOCKED",
    ShieldInformationBarrierDisabled = "SHIELD_INFORMATION_BARRIER_DISABLED",
    ShieldInformationBarrierEnabled = "SHIELD_INFORMATION_BARRIER_ENABLED",
    ShieldInformationBarrierGroupAddUserBlocked = "SHIELD_INFORMATION_BARRIER_GROUP_ADD_USER_BLOCKED",
    ShieldInformationBarrierItemCopyBlocked = "SHIELD_INFORMATION_BARRIER_ITEM_COPY_BLOCKED",
    ShieldInformationBarrierItemMoveBlocked = "SHIELD_INFORMATION_BARRIER_ITEM_MOVE_BLOCKED",
    ShieldInformationBarrierItemOwnerTransferBlocked = "SHIELD_INFORMATION_BARRIER_ITEM_OWNER_TRANSFER_BLOCKED",
    ShieldInformationBarrierPending = "SHIELD_INFORMATION_BARRIER_PENDING",
    ShieldInformationBarrierSharedItemAccessBlocked = "SHIELD_INFORMATION_BARRIER_SHARED_ITEM_ACCESS_BLOCKED",
    ShieldJustificationApproval = "SHIELD_JUSTIFICATION_APPROVAL",
    ShieldSharedLinkAccessBlocked = "SHIELD_SHARED_LINK_ACCESS_BLOCKED",
    ShieldSharedLinkStatusRestrictedOnCreate = "SHIELD_SHARED_LINK_STATUS_RESTRICTED_ON_CREATE",
    ShieldSharedLinkStatusRestrictedOnUpdate = "SHIELD_SHARED_LINK_STATUS_RESTRICTED_ON_UPDATE",
    SignDocumentAssigned = "SIGN_DOCUMENT_ASSIGNED",
    SignDocumentCancelled = "SIGN_DOCUMENT_CANCELLED",
    SignDocumentCompleted = "SIGN_DOCUMENT_COMPLETED",
    SignDocumentConverted = "SIGN_DOCUMENT_CONVERTED",
    SignDocumentCreated = "SIGN_DOCUMENT_CREATED",
    SignDocumentDeclined = "SIGN_DOCUMENT_DECLINED",
    SignDocumentExpired = "SIGN_DOCUMENT_EXPIRED",
    SignDocumentSigned = "SIGN_DOCUMENT_SIGNED",
    SignDocumentViewedBySigned = "SIGN_DOCUMENT_VIEWED_BY_SIGNED",
    SignDocumentViewedBySigner = "SIGN_DOCUMENT_VIEWED_BY_SIGNER",
    SignerDownloaded = "SIGNER_DOWNLOADED",
    SignerForwarded = "SIGNER_FORWARDED",
    StorageExpiration = "STORAGE_EXPIRATION",
    TagItemCreate = "TAG_ITEM_CREATE",
    TaskAssignmentCreate = "TASK_ASSIGNMENT_CREATE",
    TaskAssignmentDelete = "TASK_ASSIGNMENT_DELETE",
    TaskAssignmentUpdate = "TASK_ASSIGNMENT_UPDATE",
    TaskCreate = "TASK_CREATE",
    TaskUpdate = "TASK_UPDATE",
    TermsOfServiceAccept = "TERMS_OF_SERVICE_ACCEPT",
    TermsOfServiceReject = "TERMS_OF_SERVICE_REJECT",
    Undelete = "UNDELETE",
    Unfavorite = "UNFAVORITE",
    Unlock = "UNLOCK",
    Unshare = "UNSHARE",
    UpdateCollaborationExpiration = "UPDATE_COLLABORATION_EXPIRATION",
    UpdateShareExpiration = "UPDATE_SHARE_EXPIRATION",
    Upload = "UPLOAD",
    UserAuthenticateOauth2AccessTokenCreate = "USER_AUTHENTICATE_OAUTH2_ACCESS_TOKEN_CREATE",
    WatermarkLabelCreate = "WATERMARK_LABEL_CREATE",
    WatermarkLabelDelete = "WATERMARK_LABEL_DELETE",
    WorkflowAutomationCreate = "WORKFLOW_AUTOMATION_CREATE",
    WorkflowAutomationDelete = "WORKFLOW_AUTOMATION_DELETE",
    WorkflowAutomationUpdate = "WORKFLOW_AUTOMATION_UPDATE"
);

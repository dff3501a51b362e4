// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `events` operations: [`EventsManager`] and one request builder per operation.

use crate::models::{ClientError, Events, RealtimeServers};
use crate::runtime::{self, Call, ErrorStatus, OperationSpec, decode_error, request_builder, string_enum};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::events`](crate::Client::events) or [`EventsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct EventsManager<'a> {
    client: &'a Client,
}

impl<'a> EventsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List user and enterprise events
    ///
    /// Returns up to a year of past events for a given user
    /// or for the entire enterprise.
    ///
    /// By default this returns events for the authenticated user. To retrieve events
    /// for the entire enterprise, set the `stream_type` to `admin_logs_streaming`
    /// for live monitoring of new events, or `admin_logs` for querying across
    /// historical events. The user making the API call will
    /// need to have admin privileges, and the application will need to have the
    /// scope `manage enterprise properties` checked.
    ///
    /// `GET /events`
    #[inline]
    pub fn get_events(&self) -> GetEvents<'a> {
        GetEvents::new(self.client)
    }

    /// Get events long poll endpoint
    ///
    /// Returns a list of real-time servers that can be used for long-polling updates
    /// to the [event stream](https://developer.box.com/reference/get-events).
    ///
    /// Long polling is the concept where a HTTP request is kept open until the
    /// server sends a response, then repeating the process over and over to receive
    /// updated responses.
    ///
    /// Long polling the event stream can only be used for user events, not for
    /// enterprise events.
    ///
    /// To use long polling, first use this endpoint to retrieve a list of long poll
    /// URLs. Next, make a long poll request to any of the provided URLs.
    ///
    /// When an event occurs in monitored account a response with the value
    /// `new_change` will be sent. The response contains no other details as
    /// it only serves as a prompt to take further action such as sending a
    /// request to the [events endpoint](https://developer.box.com/reference/get-events) with the last known
    /// `stream_position`.
    ///
    /// After the server sends this response it closes the connection. You must now
    /// repeat the long poll process to begin listening for events again.
    ///
    /// If no events occur for a while and the connection times out you will
    /// receive a response with the value `reconnect`. When you receive this response
    /// you’ll make another call to this endpoint to restart the process.
    ///
    /// If you receive no events in `retry_timeout` seconds then you will need to
    /// make another request to the real-time server (one of the URLs in the response
    /// for this endpoint). This might be necessary due to network errors.
    ///
    /// Finally, if you receive a `max_retries` error when making a request to the
    /// real-time server, you should start over by making a call to this endpoint
    /// first.
    ///
    /// `OPTIONS /events`
    #[inline]
    pub fn get_events_with_long_polling(&self) -> GetEventsWithLongPolling<'a> {
        GetEventsWithLongPolling::new(self.client)
    }
}

/// Request builder for [`EventsManager::get_events`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetEvents<'a> {
    call: Call<'a>,
}

impl<'a> GetEvents<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_events",
            method: reqwest::Method::GET,
            path: "/events",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Defines the type of events that are returned
    ///
    /// * `all` returns everything for a user and is the default
    /// * `changes` returns events that may cause file tree changes
    ///   such as file updates or collaborations.
    /// * `sync` is similar to `changes` but only applies to synced folders
    /// * `admin_logs` returns all events for an entire enterprise and
    ///   requires the user making the API call to have admin permissions. This
    ///   stream type is for programmatically pulling from a 1 year history of
    ///   events across all users within the enterprise and within a
    ///   `created_after` and `created_before` time frame. The complete history
    ///   of events will be returned in chronological order based on the event
    ///   time, but latency will be much higher than `admin_logs_streaming`.
    /// * `admin_logs_streaming` returns all events for an entire enterprise and
    ///   requires the user making the API call to have admin permissions. This
    ///   stream type is for polling for recent events across all users within
    ///   the enterprise. Latency will be much lower than `admin_logs`, but
    ///   events will not be returned in chronological order and may
    ///   contain duplicates.
    #[inline]
    pub fn stream_type(mut self, stream_type: GetEventsStreamType) -> Self {
        self.call.query("stream_type", &stream_type);
        self
    }

    /// The location in the event stream to start receiving events from.
    ///
    /// * `now` will return an empty list events and
    /// the latest stream position for initialization.
    /// * `0` or `null` will return all events.
    #[inline]
    pub fn stream_position(mut self, stream_position: impl AsRef<str>) -> Self {
        self.call.query("stream_position", stream_position.as_ref());
        self
    }

    /// Limits the number of events returned.
    ///
    /// Note: Sometimes, the events less than the limit requested can be returned
    /// even when there may be more events remaining. This is primarily done in
    /// the case where a number of events have already been retrieved and these
    /// retrieved events are returned rather than delaying for an unknown amount
    /// of time to see if there are any more results.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// A comma-separated list of events to filter by. This can only be used when
    /// requesting the events with a `stream_type` of `admin_logs` or
    /// `adming_logs_streaming`. For any other `stream_type` this value will be
    /// ignored.
    #[inline]
    pub fn event_type(mut self, event_type: impl IntoIterator<Item = GetEventsEventType>) -> Self {
        self.call.query_list("event_type", &event_type.into_iter().collect::<Vec<GetEventsEventType>>(), false);
        self
    }

    /// The lower bound date and time to return events for. This can only be used
    /// when requesting the events with a `stream_type` of `admin_logs`. For any
    /// other `stream_type` this value will be ignored.
    #[inline]
    pub fn created_after(mut self, created_after: chrono::DateTime<chrono::Utc>) -> Self {
        self.call.query("created_after", &created_after);
        self
    }

    /// The upper bound date and time to return events for. This can only be used
    /// when requesting the events with a `stream_type` of `admin_logs`. For any
    /// other `stream_type` this value will be ignored.
    #[inline]
    pub fn created_before(mut self, created_before: chrono::DateTime<chrono::Utc>) -> Self {
        self.call.query("created_before", &created_before);
        self
    }
}

request_builder!(runtime, GetEvents => json Events);

/// Request builder for [`EventsManager::get_events_with_long_polling`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetEventsWithLongPolling<'a> {
    call: Call<'a>,
}

impl<'a> GetEventsWithLongPolling<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "options_events",
            method: reqwest::Method::OPTIONS,
            path: "/events",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, GetEventsWithLongPolling => json RealtimeServers);

/// An inline schema, which the spec does not describe (`#/paths/~1events/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetEventsStreamType {
    /// `all`
    All,
    /// `changes`
    Changes,
    /// `sync`
    Sync,
    /// `admin_logs`
    AdminLogs,
    /// `admin_logs_streaming`
    AdminLogsStreaming,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    GetEventsStreamType,
    Unknown,
    All = "all",
    Changes = "changes",
    Sync = "sync",
    AdminLogs = "admin_logs",
    AdminLogsStreaming = "admin_logs_streaming"
);

/// An event type that can be filtered by.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetEventsEventType {
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
    /// `APPLICATION_CREATED`
    ApplicationCreated,
    /// `APPLICATION_PUBLIC_KEY_ADDED`
    ApplicationPublicKeyAdded,
    /// `APPLICATION_PUBLIC_KEY_DELETED`
    ApplicationPublicKeyDeleted,
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
    /// `COMMENT_CREATE`
    CommentCreate,
    /// `COMMENT_DELETE`
    CommentDelete,
    /// `COMMENT_EDIT`
    CommentEdit,
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
    /// `DOWNLOAD`
    Download,
    /// `EDIT`
    Edit,
    /// `EDIT_USER`
    EditUser,
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
    /// `ITEM_EMAIL_SEND`
    ItemEmailSend,
    /// `ITEM_MODIFY`
    ItemModify,
    /// `ITEM_OPEN`
    ItemOpen,
    /// `ITEM_SHARED_UPDATE`
    ItemSharedUpdate,
    /// `ITEM_SYNC`
    ItemSync,
    /// `ITEM_UNSYNC`
    ItemUnsync,
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
    /// `LOGIN`
    Login,
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
    /// `SHARED_LINK_SEND`
    SharedLinkSend,
    /// `SHARE_EXPIRATION`
    ShareExpiration,
    /// `SHIELD_ALERT`
    ShieldAlert,
    /// `SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED`
    ShieldExternalCollabAccessBlocked,
    /// `SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED_MISSING_JUSTIFICATION`
    ShieldExternalCollabAccessBlockedMissingJustification,
    /// `SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED`
    ShieldExternalCollabInviteBlocked,
    /// `SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED_MISSING_JUSTIFICATION`
    ShieldExternalCollabInviteBlockedMissingJustification,
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
    /// `SIGNER_DOWNLOADED`
    SignerDownloaded,
    /// `SIGNER_FORWARDED`
    SignerForwarded,
    /// `STORAGE_EXPIRATION`
    StorageExpiration,
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
    GetEventsEventType,
    Unknown,
    AccessGranted = "ACCESS_GRANTED",
    AccessRevoked = "ACCESS_REVOKED",
    AddDeviceAssociation = "ADD_DEVICE_ASSOCIATION",
    AddLoginActivityDevice = "ADD_LOGIN_ACTIVITY_DEVICE",
    AdminLogin = "ADMIN_LOGIN",
    AdvancedFolderSettingsUpdate = "ADVANCED_FOLDER_SETTINGS_UPDATE",
    ApplicationCreated = "APPLICATION_CREATED",
    ApplicationPublicKeyAdded = "APPLICATION_PUBLIC_KEY_ADDED",
    ApplicationPublicKeyDeleted = "APPLICATION_PUBLIC_KEY_DELETED",
    ChangeAdminRole = "CHANGE_ADMIN_ROLE",
    ChangeFolderPermission = "CHANGE_FOLDER_PERMISSION",
    CollaborationAccept = "COLLABORATION_ACCEPT",
    CollaborationExpiration = "COLLABORATION_EXPIRATION",
    CollaborationInvite = "COLLABORATION_INVITE",
    CollaborationRemove = "COLLABORATION_REMOVE",
    CollaborationRoleChange = "COLLABORATION_ROLE_CHANGE",
    CommentCreate = "COMMENT_CREATE",
    CommentDelete = "COMMENT_DELETE",
    CommentEdit = "COMMENT_EDIT",
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
    Download = "DOWNLOAD",
    Edit = "EDIT",
    EditUser = "EDIT_USER",
    EmailAliasConfirm = "EMAIL_ALIAS_CONFIRM",
    EmailAliasPrimary = "EMAIL_ALIAS_PRIMARY",
    EmailAliasRemove = "EMAIL_ALIAS_REMOVE",
    EmailUploadDisabled = "EMAIL_UPLOAD_DISABLED",
    EmailUploadEnabled = "EMAIL_UPLOAD_ENABLED",
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
    GroupCreation = "GROUP_CREATION",
    GroupDeletion = "GROUP_DELETION",
    GroupEdited = "GROUP_EDITED",
    GroupRemoveItem = "GROUP_REMOVE_ITEM",
    GroupRemoveUser = "GROUP_REMOVE_USER",
    IllegalItemOwnershipTransferByUser = "ILLEGAL_ITEM_OWNERSHIP_TRANSFER_BY_USER",
    ItemEmailSend = "ITEM_EMAIL_SEND",
    ItemModify = "ITEM_MODIFY",
    ItemOpen = "ITEM_OPEN",
    ItemSharedUpdate = "ITEM_SHARED_UPDATE",
    ItemSync = "ITEM_SYNC",
    ItemUnsync = "ITEM_UNSYNC",
    LegalHoldAssignmentCreate = "LEGAL_HOLD_ASSIGNMENT_CREATE",
    LegalHoldAssignmentDelete = "LEGAL_HOLD_ASSIGNMENT_DELETE",
    LegalHoldPolicyCreate = "LEGAL_HOLD_POLICY_CREATE",
    LegalHoldPolicyDelete = "LEGAL_HOLD_POLICY_DELETE",
    LegalHoldPolicyUpdate = "LEGAL_HOLD_POLICY_UPDATE",
    Lock = "LOCK",
    Login = "LOGIN",
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
    SharedLinkSend = "SHARED_LINK_SEND",
    ShareExpiration = "SHARE_EXPIRATION",
    ShieldAlert = "SHIELD_ALERT",
    ShieldExternalCollabAccessBlocked = "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED",
    ShieldExternalCollabAccessBlockedMissingJustification =
        "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED_MISSING_JUSTIFICATION",
    ShieldExternalCollabInviteBlocked = "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED",
    ShieldExternalCollabInviteBlockedMissingJustification =
        "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED_MISSING_JUSTIFICATION",
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
    SignerDownloaded = "SIGNER_DOWNLOADED",
    SignerForwarded = "SIGNER_FORWARDED",
    StorageExpiration = "STORAGE_EXPIRATION",
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

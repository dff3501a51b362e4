// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `events` operations: [`EventsManager`] and one request builder per operation.

/// Reach it with [`Client::events`](crate::Client::events) or [`EventsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct EventsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> EventsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetEvents<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_events",
            method: reqwest::Method::GET,
            path: "/events",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
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

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Events> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Events>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetEvents<'a> {
    type Output = Result<crate::models::Events, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Events>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Events>)
    }
}

/// Request builder for [`EventsManager::get_events_with_long_polling`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetEventsWithLongPolling<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetEventsWithLongPolling<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "options_events",
            method: reqwest::Method::OPTIONS,
            path: "/events",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::RealtimeServers> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::RealtimeServers>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetEventsWithLongPolling<'a> {
    type Output = Result<crate::models::RealtimeServers, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::RealtimeServers>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::RealtimeServers>)
    }
}

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

impl GetEventsStreamType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Changes => "changes",
            Self::Sync => "sync",
            Self::AdminLogs => "admin_logs",
            Self::AdminLogsStreaming => "admin_logs_streaming",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetEventsStreamType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "all" => Self::All,
            "changes" => Self::Changes,
            "sync" => Self::Sync,
            "admin_logs" => Self::AdminLogs,
            "admin_logs_streaming" => Self::AdminLogsStreaming,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetEventsStreamType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetEventsStreamType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetEventsStreamType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl GetEventsEventType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessGranted => "ACCESS_GRANTED",
            Self::AccessRevoked => "ACCESS_REVOKED",
            Self::AddDeviceAssociation => "ADD_DEVICE_ASSOCIATION",
            Self::AddLoginActivityDevice => "ADD_LOGIN_ACTIVITY_DEVICE",
            Self::AdminLogin => "ADMIN_LOGIN",
            Self::AdvancedFolderSettingsUpdate => "ADVANCED_FOLDER_SETTINGS_UPDATE",
            Self::ApplicationCreated => "APPLICATION_CREATED",
            Self::ApplicationPublicKeyAdded => "APPLICATION_PUBLIC_KEY_ADDED",
            Self::ApplicationPublicKeyDeleted => "APPLICATION_PUBLIC_KEY_DELETED",
            Self::ChangeAdminRole => "CHANGE_ADMIN_ROLE",
            Self::ChangeFolderPermission => "CHANGE_FOLDER_PERMISSION",
            Self::CollaborationAccept => "COLLABORATION_ACCEPT",
            Self::CollaborationExpiration => "COLLABORATION_EXPIRATION",
            Self::CollaborationInvite => "COLLABORATION_INVITE",
            Self::CollaborationRemove => "COLLABORATION_REMOVE",
            Self::CollaborationRoleChange => "COLLABORATION_ROLE_CHANGE",
            Self::CommentCreate => "COMMENT_CREATE",
            Self::CommentDelete => "COMMENT_DELETE",
            Self::CommentEdit => "COMMENT_EDIT",
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
            Self::Download => "DOWNLOAD",
            Self::Edit => "EDIT",
            Self::EditUser => "EDIT_USER",
            Self::EmailAliasConfirm => "EMAIL_ALIAS_CONFIRM",
            Self::EmailAliasPrimary => "EMAIL_ALIAS_PRIMARY",
            Self::EmailAliasRemove => "EMAIL_ALIAS_REMOVE",
            Self::EmailUploadDisabled => "EMAIL_UPLOAD_DISABLED",
            Self::EmailUploadEnabled => "EMAIL_UPLOAD_ENABLED",
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
            Self::GroupCreation => "GROUP_CREATION",
            Self::GroupDeletion => "GROUP_DELETION",
            Self::GroupEdited => "GROUP_EDITED",
            Self::GroupRemoveItem => "GROUP_REMOVE_ITEM",
            Self::GroupRemoveUser => "GROUP_REMOVE_USER",
            Self::IllegalItemOwnershipTransferByUser => "ILLEGAL_ITEM_OWNERSHIP_TRANSFER_BY_USER",
            Self::ItemEmailSend => "ITEM_EMAIL_SEND",
            Self::ItemModify => "ITEM_MODIFY",
            Self::ItemOpen => "ITEM_OPEN",
            Self::ItemSharedUpdate => "ITEM_SHARED_UPDATE",
            Self::ItemSync => "ITEM_SYNC",
            Self::ItemUnsync => "ITEM_UNSYNC",
            Self::LegalHoldAssignmentCreate => "LEGAL_HOLD_ASSIGNMENT_CREATE",
            Self::LegalHoldAssignmentDelete => "LEGAL_HOLD_ASSIGNMENT_DELETE",
            Self::LegalHoldPolicyCreate => "LEGAL_HOLD_POLICY_CREATE",
            Self::LegalHoldPolicyDelete => "LEGAL_HOLD_POLICY_DELETE",
            Self::LegalHoldPolicyUpdate => "LEGAL_HOLD_POLICY_UPDATE",
            Self::Lock => "LOCK",
            Self::Login => "LOGIN",
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
            Self::SharedLinkSend => "SHARED_LINK_SEND",
            Self::ShareExpiration => "SHARE_EXPIRATION",
            Self::ShieldAlert => "SHIELD_ALERT",
            Self::ShieldExternalCollabAccessBlocked => "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED",
            Self::ShieldExternalCollabAccessBlockedMissingJustification => {
                "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED_MISSING_JUSTIFICATION"
            }
            Self::ShieldExternalCollabInviteBlocked => "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED",
            Self::ShieldExternalCollabInviteBlockedMissingJustification => {
                "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED_MISSING_JUSTIFICATION"
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
            Self::SignerDownloaded => "SIGNER_DOWNLOADED",
            Self::SignerForwarded => "SIGNER_FORWARDED",
            Self::StorageExpiration => "STORAGE_EXPIRATION",
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

impl crate::runtime::codec::StringEnum for GetEventsEventType {
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
            "APPLICATION_CREATED" => Self::ApplicationCreated,
            "APPLICATION_PUBLIC_KEY_ADDED" => Self::ApplicationPublicKeyAdded,
            "APPLICATION_PUBLIC_KEY_DELETED" => Self::ApplicationPublicKeyDeleted,
            "CHANGE_ADMIN_ROLE" => Self::ChangeAdminRole,
            "CHANGE_FOLDER_PERMISSION" => Self::ChangeFolderPermission,
            "COLLABORATION_ACCEPT" => Self::CollaborationAccept,
            "COLLABORATION_EXPIRATION" => Self::CollaborationExpiration,
            "COLLABORATION_INVITE" => Self::CollaborationInvite,
            "COLLABORATION_REMOVE" => Self::CollaborationRemove,
            "COLLABORATION_ROLE_CHANGE" => Self::CollaborationRoleChange,
            "COMMENT_CREATE" => Self::CommentCreate,
            "COMMENT_DELETE" => Self::CommentDelete,
            "COMMENT_EDIT" => Self::CommentEdit,
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
            "DOWNLOAD" => Self::Download,
            "EDIT" => Self::Edit,
            "EDIT_USER" => Self::EditUser,
            "EMAIL_ALIAS_CONFIRM" => Self::EmailAliasConfirm,
            "EMAIL_ALIAS_PRIMARY" => Self::EmailAliasPrimary,
            "EMAIL_ALIAS_REMOVE" => Self::EmailAliasRemove,
            "EMAIL_UPLOAD_DISABLED" => Self::EmailUploadDisabled,
            "EMAIL_UPLOAD_ENABLED" => Self::EmailUploadEnabled,
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
            "GROUP_CREATION" => Self::GroupCreation,
            "GROUP_DELETION" => Self::GroupDeletion,
            "GROUP_EDITED" => Self::GroupEdited,
            "GROUP_REMOVE_ITEM" => Self::GroupRemoveItem,
            "GROUP_REMOVE_USER" => Self::GroupRemoveUser,
            "ILLEGAL_ITEM_OWNERSHIP_TRANSFER_BY_USER" => Self::IllegalItemOwnershipTransferByUser,
            "ITEM_EMAIL_SEND" => Self::ItemEmailSend,
            "ITEM_MODIFY" => Self::ItemModify,
            "ITEM_OPEN" => Self::ItemOpen,
            "ITEM_SHARED_UPDATE" => Self::ItemSharedUpdate,
            "ITEM_SYNC" => Self::ItemSync,
            "ITEM_UNSYNC" => Self::ItemUnsync,
            "LEGAL_HOLD_ASSIGNMENT_CREATE" => Self::LegalHoldAssignmentCreate,
            "LEGAL_HOLD_ASSIGNMENT_DELETE" => Self::LegalHoldAssignmentDelete,
            "LEGAL_HOLD_POLICY_CREATE" => Self::LegalHoldPolicyCreate,
            "LEGAL_HOLD_POLICY_DELETE" => Self::LegalHoldPolicyDelete,
            "LEGAL_HOLD_POLICY_UPDATE" => Self::LegalHoldPolicyUpdate,
            "LOCK" => Self::Lock,
            "LOGIN" => Self::Login,
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
            "SHARED_LINK_SEND" => Self::SharedLinkSend,
            "SHARE_EXPIRATION" => Self::ShareExpiration,
            "SHIELD_ALERT" => Self::ShieldAlert,
            "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED" => Self::ShieldExternalCollabAccessBlocked,
            "SHIELD_EXTERNAL_COLLAB_ACCESS_BLOCKED_MISSING_JUSTIFICATION" => {
                Self::ShieldExternalCollabAccessBlockedMissingJustification
            }
            "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED" => Self::ShieldExternalCollabInviteBlocked,
            "SHIELD_EXTERNAL_COLLAB_INVITE_BLOCKED_MISSING_JUSTIFICATION" => {
                Self::ShieldExternalCollabInviteBlockedMissingJustification
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
            "SIGNER_DOWNLOADED" => Self::SignerDownloaded,
            "SIGNER_FORWARDED" => Self::SignerForwarded,
            "STORAGE_EXPIRATION" => Self::StorageExpiration,
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

impl std::fmt::Display for GetEventsEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetEventsEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetEventsEventType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

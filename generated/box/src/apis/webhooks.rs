// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `webhooks` operations: [`WebhooksManager`] and one request builder per operation.

/// Reach it with [`Client::webhooks`](crate::Client::webhooks) or [`WebhooksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct WebhooksManager<'a> {
    client: &'a crate::Client,
}

impl<'a> WebhooksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List all webhooks
    ///
    /// Returns all defined webhooks for the requesting application.
    ///
    /// This API only returns webhooks that are applied to files or folders that are
    /// owned by the authenticated user. This means that an admin can not see webhooks
    /// created by a service account unless the admin has access to those folders, and
    /// vice versa.
    ///
    /// `GET /webhooks`
    #[inline]
    pub fn get_webhooks(&self) -> GetWebhooks<'a> {
        GetWebhooks::new(self.client)
    }

    /// Create webhook
    ///
    /// Creates a webhook.
    ///
    /// `POST /webhooks`
    #[inline]
    pub fn create_webhook(
        &self,
        target: CreateWebhookTarget,
        address: impl Into<String>,
        triggers: impl IntoIterator<Item = CreateWebhookTriggers>,
    ) -> CreateWebhook<'a> {
        CreateWebhook::new(self.client, target, address, triggers)
    }

    /// Get webhook
    ///
    /// Retrieves a specific webhook.
    ///
    /// `GET /webhooks/{webhook_id}`
    #[inline]
    pub fn get_webhook_by_id(&self, webhook_id: impl AsRef<str>) -> GetWebhookById<'a> {
        GetWebhookById::new(self.client, webhook_id)
    }

    /// Update webhook
    ///
    /// Updates a webhook.
    ///
    /// `PUT /webhooks/{webhook_id}`
    #[inline]
    pub fn update_webhook_by_id(&self, webhook_id: impl AsRef<str>) -> UpdateWebhookById<'a> {
        UpdateWebhookById::new(self.client, webhook_id)
    }

    /// Remove webhook
    ///
    /// Deletes a webhook.
    ///
    /// `DELETE /webhooks/{webhook_id}`
    #[inline]
    pub fn delete_webhook_by_id(&self, webhook_id: impl AsRef<str>) -> DeleteWebhookById<'a> {
        DeleteWebhookById::new(self.client, webhook_id)
    }
}

/// Request builder for [`WebhooksManager::get_webhooks`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetWebhooks<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetWebhooks<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_webhooks",
            method: reqwest::Method::GET,
            path: "/webhooks",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Defines the position marker at which to begin returning results. This is
    /// used when paginating using marker-based pagination.
    ///
    /// This requires `usemarker` to be set to `true`.
    #[inline]
    pub fn marker(mut self, marker: impl AsRef<str>) -> Self {
        self.call.query("marker", marker.as_ref());
        self
    }

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::WebhookMini> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::Webhooks>,
        )
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Webhooks> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Webhooks>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetWebhooks<'a> {
    type Output = Result<crate::models::Webhooks, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Webhooks>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Webhooks>)
    }
}

/// Request builder for [`WebhooksManager::create_webhook`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateWebhook<'a> {
    call: crate::runtime::Call<'a>,
    body: CreateWebhookRequestBody,
}

impl<'a> CreateWebhook<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        target: CreateWebhookTarget,
        address: impl Into<String>,
        triggers: impl IntoIterator<Item = CreateWebhookTriggers>,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_webhooks",
            method: reqwest::Method::POST,
            path: "/webhooks",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self {
            call,
            body: CreateWebhookRequestBody {
                target,
                address: address.into(),
                triggers: triggers.into_iter().collect(),
            },
        }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Webhook> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Webhook>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for CreateWebhook<'a> {
    type Output = Result<crate::models::Webhook, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Webhook>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Webhook>)
    }
}

/// Request builder for [`WebhooksManager::get_webhook_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetWebhookById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetWebhookById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, webhook_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_webhooks_id",
            method: reqwest::Method::GET,
            path: "/webhooks/{webhook_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("webhook_id", webhook_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Webhook> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Webhook>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetWebhookById<'a> {
    type Output = Result<crate::models::Webhook, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Webhook>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Webhook>)
    }
}

/// Request builder for [`WebhooksManager::update_webhook_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateWebhookById<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateWebhookByIdRequestBody,
}

impl<'a> UpdateWebhookById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, webhook_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_webhooks_id",
            method: reqwest::Method::PUT,
            path: "/webhooks/{webhook_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("webhook_id", webhook_id.as_ref());
        Self { call, body: UpdateWebhookByIdRequestBody { target: None, address: None, triggers: None } }
    }

    /// The item that will trigger the webhook.
    #[inline]
    pub fn target(mut self, target: UpdateWebhookByIdTarget) -> Self {
        self.body.target = Some(target);
        self
    }

    /// The URL that is notified by this webhook.
    #[inline]
    pub fn address(mut self, address: impl Into<String>) -> Self {
        self.body.address = Some(address.into());
        self
    }

    /// An array of event names that this webhook is
    /// to be triggered for.
    #[inline]
    pub fn triggers(mut self, triggers: impl IntoIterator<Item = UpdateWebhookByIdTriggers>) -> Self {
        self.body.triggers = Some(triggers.into_iter().collect());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Webhook> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Webhook>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateWebhookById<'a> {
    type Output = Result<crate::models::Webhook, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Webhook>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Webhook>)
    }
}

/// Request builder for [`WebhooksManager::delete_webhook_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteWebhookById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteWebhookById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, webhook_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_webhooks_id",
            method: reqwest::Method::DELETE,
            path: "/webhooks/{webhook_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("webhook_id", webhook_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for DeleteWebhookById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1webhooks/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateWebhookRequestBody {
    /// The item that will trigger the webhook.
    pub target: CreateWebhookTarget,
    /// The URL that is notified by this webhook.
    pub address: String,
    /// An array of event names that this webhook is
    /// to be triggered for.
    pub triggers: Vec<CreateWebhookTriggers>,
}

/// The item that will trigger the webhook.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateWebhookTarget {
    /// The ID of the item to trigger a webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of item to trigger a webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CreateWebhookTargetTypeField>,
}

/// The type of item to trigger a webhook.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateWebhookTargetTypeField {
    /// `file`
    File,
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateWebhookTargetTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Folder => "folder",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateWebhookTargetTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            "folder" => Self::Folder,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateWebhookTargetTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateWebhookTargetTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateWebhookTargetTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Webhook Trigger
///
/// The event name that triggered this webhook.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateWebhookTriggers {
    /// `FILE.UPLOADED`
    FileUploaded,
    /// `FILE.PREVIEWED`
    FilePreviewed,
    /// `FILE.DOWNLOADED`
    FileDownloaded,
    /// `FILE.TRASHED`
    FileTrashed,
    /// `FILE.DELETED`
    FileDeleted,
    /// `FILE.RESTORED`
    FileRestored,
    /// `FILE.COPIED`
    FileCopied,
    /// `FILE.MOVED`
    FileMoved,
    /// `FILE.LOCKED`
    FileLocked,
    /// `FILE.UNLOCKED`
    FileUnlocked,
    /// `FILE.RENAMED`
    FileRenamed,
    /// `COMMENT.CREATED`
    CommentCreated,
    /// `COMMENT.UPDATED`
    CommentUpdated,
    /// `COMMENT.DELETED`
    CommentDeleted,
    /// `TASK_ASSIGNMENT.CREATED`
    TaskAssignmentCreated,
    /// `TASK_ASSIGNMENT.UPDATED`
    TaskAssignmentUpdated,
    /// `METADATA_INSTANCE.CREATED`
    MetadataInstanceCreated,
    /// `METADATA_INSTANCE.UPDATED`
    MetadataInstanceUpdated,
    /// `METADATA_INSTANCE.DELETED`
    MetadataInstanceDeleted,
    /// `FOLDER.CREATED`
    FolderCreated,
    /// `FOLDER.RENAMED`
    FolderRenamed,
    /// `FOLDER.DOWNLOADED`
    FolderDownloaded,
    /// `FOLDER.RESTORED`
    FolderRestored,
    /// `FOLDER.DELETED`
    FolderDeleted,
    /// `FOLDER.COPIED`
    FolderCopied,
    /// `FOLDER.MOVED`
    FolderMoved,
    /// `FOLDER.TRASHED`
    FolderTrashed,
    /// `WEBHOOK.DELETED`
    WebhookDeleted,
    /// `COLLABORATION.CREATED`
    CollaborationCreated,
    /// `COLLABORATION.ACCEPTED`
    CollaborationAccepted,
    /// `COLLABORATION.REJECTED`
    CollaborationRejected,
    /// `COLLABORATION.REMOVED`
    CollaborationRemoved,
    /// `COLLABORATION.UPDATED`
    CollaborationUpdated,
    /// `SHARED_LINK.DELETED`
    SharedLinkDeleted,
    /// `SHARED_LINK.CREATED`
    SharedLinkCreated,
    /// `SHARED_LINK.UPDATED`
    SharedLinkUpdated,
    /// `SIGN_REQUEST.COMPLETED`
    SignRequestCompleted,
    /// `SIGN_REQUEST.DECLINED`
    SignRequestDeclined,
    /// `SIGN_REQUEST.EXPIRED`
    SignRequestExpired,
    /// `SIGN_REQUEST.SIGNER_EMAIL_BOUNCED`
    SignRequestSignerEmailBounced,
    /// `SIGN_REQUEST.SIGN_SIGNER_SIGNED`
    SignRequestSignSignerSigned,
    /// `SIGN_REQUEST.SIGN_DOCUMENT_CREATED`
    SignRequestSignDocumentCreated,
    /// `SIGN_REQUEST.SIGN_ERROR_FINALIZING`
    SignRequestSignErrorFinalizing,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CreateWebhookTriggers {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileUploaded => "FILE.UPLOADED",
            Self::FilePreviewed => "FILE.PREVIEWED",
            Self::FileDownloaded => "FILE.DOWNLOADED",
            Self::FileTrashed => "FILE.TRASHED",
            Self::FileDeleted => "FILE.DELETED",
            Self::FileRestored => "FILE.RESTORED",
            Self::FileCopied => "FILE.COPIED",
            Self::FileMoved => "FILE.MOVED",
            Self::FileLocked => "FILE.LOCKED",
            Self::FileUnlocked => "FILE.UNLOCKED",
            Self::FileRenamed => "FILE.RENAMED",
            Self::CommentCreated => "COMMENT.CREATED",
            Self::CommentUpdated => "COMMENT.UPDATED",
            Self::CommentDeleted => "COMMENT.DELETED",
            Self::TaskAssignmentCreated => "TASK_ASSIGNMENT.CREATED",
            Self::TaskAssignmentUpdated => "TASK_ASSIGNMENT.UPDATED",
            Self::MetadataInstanceCreated => "METADATA_INSTANCE.CREATED",
            Self::MetadataInstanceUpdated => "METADATA_INSTANCE.UPDATED",
            Self::MetadataInstanceDeleted => "METADATA_INSTANCE.DELETED",
            Self::FolderCreated => "FOLDER.CREATED",
            Self::FolderRenamed => "FOLDER.RENAMED",
            Self::FolderDownloaded => "FOLDER.DOWNLOADED",
            Self::FolderRestored => "FOLDER.RESTORED",
            Self::FolderDeleted => "FOLDER.DELETED",
            Self::FolderCopied => "FOLDER.COPIED",
            Self::FolderMoved => "FOLDER.MOVED",
            Self::FolderTrashed => "FOLDER.TRASHED",
            Self::WebhookDeleted => "WEBHOOK.DELETED",
            Self::CollaborationCreated => "COLLABORATION.CREATED",
            Self::CollaborationAccepted => "COLLABORATION.ACCEPTED",
            Self::CollaborationRejected => "COLLABORATION.REJECTED",
            Self::CollaborationRemoved => "COLLABORATION.REMOVED",
            Self::CollaborationUpdated => "COLLABORATION.UPDATED",
            Self::SharedLinkDeleted => "SHARED_LINK.DELETED",
            Self::SharedLinkCreated => "SHARED_LINK.CREATED",
            Self::SharedLinkUpdated => "SHARED_LINK.UPDATED",
            Self::SignRequestCompleted => "SIGN_REQUEST.COMPLETED",
            Self::SignRequestDeclined => "SIGN_REQUEST.DECLINED",
            Self::SignRequestExpired => "SIGN_REQUEST.EXPIRED",
            Self::SignRequestSignerEmailBounced => "SIGN_REQUEST.SIGNER_EMAIL_BOUNCED",
            Self::SignRequestSignSignerSigned => "SIGN_REQUEST.SIGN_SIGNER_SIGNED",
            Self::SignRequestSignDocumentCreated => "SIGN_REQUEST.SIGN_DOCUMENT_CREATED",
            Self::SignRequestSignErrorFinalizing => "SIGN_REQUEST.SIGN_ERROR_FINALIZING",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CreateWebhookTriggers {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "FILE.UPLOADED" => Self::FileUploaded,
            "FILE.PREVIEWED" => Self::FilePreviewed,
            "FILE.DOWNLOADED" => Self::FileDownloaded,
            "FILE.TRASHED" => Self::FileTrashed,
            "FILE.DELETED" => Self::FileDeleted,
            "FILE.RESTORED" => Self::FileRestored,
            "FILE.COPIED" => Self::FileCopied,
            "FILE.MOVED" => Self::FileMoved,
            "FILE.LOCKED" => Self::FileLocked,
            "FILE.UNLOCKED" => Self::FileUnlocked,
            "FILE.RENAMED" => Self::FileRenamed,
            "COMMENT.CREATED" => Self::CommentCreated,
            "COMMENT.UPDATED" => Self::CommentUpdated,
            "COMMENT.DELETED" => Self::CommentDeleted,
            "TASK_ASSIGNMENT.CREATED" => Self::TaskAssignmentCreated,
            "TASK_ASSIGNMENT.UPDATED" => Self::TaskAssignmentUpdated,
            "METADATA_INSTANCE.CREATED" => Self::MetadataInstanceCreated,
            "METADATA_INSTANCE.UPDATED" => Self::MetadataInstanceUpdated,
            "METADATA_INSTANCE.DELETED" => Self::MetadataInstanceDeleted,
            "FOLDER.CREATED" => Self::FolderCreated,
            "FOLDER.RENAMED" => Self::FolderRenamed,
            "FOLDER.DOWNLOADED" => Self::FolderDownloaded,
            "FOLDER.RESTORED" => Self::FolderRestored,
            "FOLDER.DELETED" => Self::FolderDeleted,
            "FOLDER.COPIED" => Self::FolderCopied,
            "FOLDER.MOVED" => Self::FolderMoved,
            "FOLDER.TRASHED" => Self::FolderTrashed,
            "WEBHOOK.DELETED" => Self::WebhookDeleted,
            "COLLABORATION.CREATED" => Self::CollaborationCreated,
            "COLLABORATION.ACCEPTED" => Self::CollaborationAccepted,
            "COLLABORATION.REJECTED" => Self::CollaborationRejected,
            "COLLABORATION.REMOVED" => Self::CollaborationRemoved,
            "COLLABORATION.UPDATED" => Self::CollaborationUpdated,
            "SHARED_LINK.DELETED" => Self::SharedLinkDeleted,
            "SHARED_LINK.CREATED" => Self::SharedLinkCreated,
            "SHARED_LINK.UPDATED" => Self::SharedLinkUpdated,
            "SIGN_REQUEST.COMPLETED" => Self::SignRequestCompleted,
            "SIGN_REQUEST.DECLINED" => Self::SignRequestDeclined,
            "SIGN_REQUEST.EXPIRED" => Self::SignRequestExpired,
            "SIGN_REQUEST.SIGNER_EMAIL_BOUNCED" => Self::SignRequestSignerEmailBounced,
            "SIGN_REQUEST.SIGN_SIGNER_SIGNED" => Self::SignRequestSignSignerSigned,
            "SIGN_REQUEST.SIGN_DOCUMENT_CREATED" => Self::SignRequestSignDocumentCreated,
            "SIGN_REQUEST.SIGN_ERROR_FINALIZING" => Self::SignRequestSignErrorFinalizing,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CreateWebhookTriggers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateWebhookTriggers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreateWebhookTriggers {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1webhooks~1{webhook_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateWebhookByIdRequestBody {
    /// The item that will trigger the webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<UpdateWebhookByIdTarget>,
    /// The URL that is notified by this webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// An array of event names that this webhook is
    /// to be triggered for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggers: Option<Vec<UpdateWebhookByIdTriggers>>,
}

/// The item that will trigger the webhook.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateWebhookByIdTarget {
    /// The ID of the item to trigger a webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of item to trigger a webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<UpdateWebhookByIdTargetTypeField>,
}

/// The type of item to trigger a webhook.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateWebhookByIdTargetTypeField {
    /// `file`
    File,
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateWebhookByIdTargetTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Folder => "folder",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateWebhookByIdTargetTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            "folder" => Self::Folder,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateWebhookByIdTargetTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateWebhookByIdTargetTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateWebhookByIdTargetTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Webhook Trigger
///
/// The event name that triggered this webhook.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateWebhookByIdTriggers {
    /// `FILE.UPLOADED`
    FileUploaded,
    /// `FILE.PREVIEWED`
    FilePreviewed,
    /// `FILE.DOWNLOADED`
    FileDownloaded,
    /// `FILE.TRASHED`
    FileTrashed,
    /// `FILE.DELETED`
    FileDeleted,
    /// `FILE.RESTORED`
    FileRestored,
    /// `FILE.COPIED`
    FileCopied,
    /// `FILE.MOVED`
    FileMoved,
    /// `FILE.LOCKED`
    FileLocked,
    /// `FILE.UNLOCKED`
    FileUnlocked,
    /// `FILE.RENAMED`
    FileRenamed,
    /// `COMMENT.CREATED`
    CommentCreated,
    /// `COMMENT.UPDATED`
    CommentUpdated,
    /// `COMMENT.DELETED`
    CommentDeleted,
    /// `TASK_ASSIGNMENT.CREATED`
    TaskAssignmentCreated,
    /// `TASK_ASSIGNMENT.UPDATED`
    TaskAssignmentUpdated,
    /// `METADATA_INSTANCE.CREATED`
    MetadataInstanceCreated,
    /// `METADATA_INSTANCE.UPDATED`
    MetadataInstanceUpdated,
    /// `METADATA_INSTANCE.DELETED`
    MetadataInstanceDeleted,
    /// `FOLDER.CREATED`
    FolderCreated,
    /// `FOLDER.RENAMED`
    FolderRenamed,
    /// `FOLDER.DOWNLOADED`
    FolderDownloaded,
    /// `FOLDER.RESTORED`
    FolderRestored,
    /// `FOLDER.DELETED`
    FolderDeleted,
    /// `FOLDER.COPIED`
    FolderCopied,
    /// `FOLDER.MOVED`
    FolderMoved,
    /// `FOLDER.TRASHED`
    FolderTrashed,
    /// `WEBHOOK.DELETED`
    WebhookDeleted,
    /// `COLLABORATION.CREATED`
    CollaborationCreated,
    /// `COLLABORATION.ACCEPTED`
    CollaborationAccepted,
    /// `COLLABORATION.REJECTED`
    CollaborationRejected,
    /// `COLLABORATION.REMOVED`
    CollaborationRemoved,
    /// `COLLABORATION.UPDATED`
    CollaborationUpdated,
    /// `SHARED_LINK.DELETED`
    SharedLinkDeleted,
    /// `SHARED_LINK.CREATED`
    SharedLinkCreated,
    /// `SHARED_LINK.UPDATED`
    SharedLinkUpdated,
    /// `SIGN_REQUEST.COMPLETED`
    SignRequestCompleted,
    /// `SIGN_REQUEST.DECLINED`
    SignRequestDeclined,
    /// `SIGN_REQUEST.EXPIRED`
    SignRequestExpired,
    /// `SIGN_REQUEST.SIGNER_EMAIL_BOUNCED`
    SignRequestSignerEmailBounced,
    /// `SIGN_REQUEST.SIGN_SIGNER_SIGNED`
    SignRequestSignSignerSigned,
    /// `SIGN_REQUEST.SIGN_DOCUMENT_CREATED`
    SignRequestSignDocumentCreated,
    /// `SIGN_REQUEST.SIGN_ERROR_FINALIZING`
    SignRequestSignErrorFinalizing,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UpdateWebhookByIdTriggers {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileUploaded => "FILE.UPLOADED",
            Self::FilePreviewed => "FILE.PREVIEWED",
            Self::FileDownloaded => "FILE.DOWNLOADED",
            Self::FileTrashed => "FILE.TRASHED",
            Self::FileDeleted => "FILE.DELETED",
            Self::FileRestored => "FILE.RESTORED",
            Self::FileCopied => "FILE.COPIED",
            Self::FileMoved => "FILE.MOVED",
            Self::FileLocked => "FILE.LOCKED",
            Self::FileUnlocked => "FILE.UNLOCKED",
            Self::FileRenamed => "FILE.RENAMED",
            Self::CommentCreated => "COMMENT.CREATED",
            Self::CommentUpdated => "COMMENT.UPDATED",
            Self::CommentDeleted => "COMMENT.DELETED",
            Self::TaskAssignmentCreated => "TASK_ASSIGNMENT.CREATED",
            Self::TaskAssignmentUpdated => "TASK_ASSIGNMENT.UPDATED",
            Self::MetadataInstanceCreated => "METADATA_INSTANCE.CREATED",
            Self::MetadataInstanceUpdated => "METADATA_INSTANCE.UPDATED",
            Self::MetadataInstanceDeleted => "METADATA_INSTANCE.DELETED",
            Self::FolderCreated => "FOLDER.CREATED",
            Self::FolderRenamed => "FOLDER.RENAMED",
            Self::FolderDownloaded => "FOLDER.DOWNLOADED",
            Self::FolderRestored => "FOLDER.RESTORED",
            Self::FolderDeleted => "FOLDER.DELETED",
            Self::FolderCopied => "FOLDER.COPIED",
            Self::FolderMoved => "FOLDER.MOVED",
            Self::FolderTrashed => "FOLDER.TRASHED",
            Self::WebhookDeleted => "WEBHOOK.DELETED",
            Self::CollaborationCreated => "COLLABORATION.CREATED",
            Self::CollaborationAccepted => "COLLABORATION.ACCEPTED",
            Self::CollaborationRejected => "COLLABORATION.REJECTED",
            Self::CollaborationRemoved => "COLLABORATION.REMOVED",
            Self::CollaborationUpdated => "COLLABORATION.UPDATED",
            Self::SharedLinkDeleted => "SHARED_LINK.DELETED",
            Self::SharedLinkCreated => "SHARED_LINK.CREATED",
            Self::SharedLinkUpdated => "SHARED_LINK.UPDATED",
            Self::SignRequestCompleted => "SIGN_REQUEST.COMPLETED",
            Self::SignRequestDeclined => "SIGN_REQUEST.DECLINED",
            Self::SignRequestExpired => "SIGN_REQUEST.EXPIRED",
            Self::SignRequestSignerEmailBounced => "SIGN_REQUEST.SIGNER_EMAIL_BOUNCED",
            Self::SignRequestSignSignerSigned => "SIGN_REQUEST.SIGN_SIGNER_SIGNED",
            Self::SignRequestSignDocumentCreated => "SIGN_REQUEST.SIGN_DOCUMENT_CREATED",
            Self::SignRequestSignErrorFinalizing => "SIGN_REQUEST.SIGN_ERROR_FINALIZING",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateWebhookByIdTriggers {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "FILE.UPLOADED" => Self::FileUploaded,
            "FILE.PREVIEWED" => Self::FilePreviewed,
            "FILE.DOWNLOADED" => Self::FileDownloaded,
            "FILE.TRASHED" => Self::FileTrashed,
            "FILE.DELETED" => Self::FileDeleted,
            "FILE.RESTORED" => Self::FileRestored,
            "FILE.COPIED" => Self::FileCopied,
            "FILE.MOVED" => Self::FileMoved,
            "FILE.LOCKED" => Self::FileLocked,
            "FILE.UNLOCKED" => Self::FileUnlocked,
            "FILE.RENAMED" => Self::FileRenamed,
            "COMMENT.CREATED" => Self::CommentCreated,
            "COMMENT.UPDATED" => Self::CommentUpdated,
            "COMMENT.DELETED" => Self::CommentDeleted,
            "TASK_ASSIGNMENT.CREATED" => Self::TaskAssignmentCreated,
            "TASK_ASSIGNMENT.UPDATED" => Self::TaskAssignmentUpdated,
            "METADATA_INSTANCE.CREATED" => Self::MetadataInstanceCreated,
            "METADATA_INSTANCE.UPDATED" => Self::MetadataInstanceUpdated,
            "METADATA_INSTANCE.DELETED" => Self::MetadataInstanceDeleted,
            "FOLDER.CREATED" => Self::FolderCreated,
            "FOLDER.RENAMED" => Self::FolderRenamed,
            "FOLDER.DOWNLOADED" => Self::FolderDownloaded,
            "FOLDER.RESTORED" => Self::FolderRestored,
            "FOLDER.DELETED" => Self::FolderDeleted,
            "FOLDER.COPIED" => Self::FolderCopied,
            "FOLDER.MOVED" => Self::FolderMoved,
            "FOLDER.TRASHED" => Self::FolderTrashed,
            "WEBHOOK.DELETED" => Self::WebhookDeleted,
            "COLLABORATION.CREATED" => Self::CollaborationCreated,
            "COLLABORATION.ACCEPTED" => Self::CollaborationAccepted,
            "COLLABORATION.REJECTED" => Self::CollaborationRejected,
            "COLLABORATION.REMOVED" => Self::CollaborationRemoved,
            "COLLABORATION.UPDATED" => Self::CollaborationUpdated,
            "SHARED_LINK.DELETED" => Self::SharedLinkDeleted,
            "SHARED_LINK.CREATED" => Self::SharedLinkCreated,
            "SHARED_LINK.UPDATED" => Self::SharedLinkUpdated,
            "SIGN_REQUEST.COMPLETED" => Self::SignRequestCompleted,
            "SIGN_REQUEST.DECLINED" => Self::SignRequestDeclined,
            "SIGN_REQUEST.EXPIRED" => Self::SignRequestExpired,
            "SIGN_REQUEST.SIGNER_EMAIL_BOUNCED" => Self::SignRequestSignerEmailBounced,
            "SIGN_REQUEST.SIGN_SIGNER_SIGNED" => Self::SignRequestSignSignerSigned,
            "SIGN_REQUEST.SIGN_DOCUMENT_CREATED" => Self::SignRequestSignDocumentCreated,
            "SIGN_REQUEST.SIGN_ERROR_FINALIZING" => Self::SignRequestSignErrorFinalizing,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateWebhookByIdTriggers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateWebhookByIdTriggers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateWebhookByIdTriggers {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

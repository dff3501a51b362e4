// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `webhooks` operations: [`WebhooksManager`] and one request builder per operation.

use crate::models::{ClientError, Webhook, WebhookMini, Webhooks};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::webhooks`](crate::Client::webhooks) or [`WebhooksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct WebhooksManager<'a> {
    client: &'a Client,
}

impl<'a> WebhooksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> GetWebhooks<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_webhooks",
            method: reqwest::Method::GET,
            path: "/webhooks",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> Paginator<'a, WebhookMini> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<Webhooks>)
    }
}

request_builder!(runtime, GetWebhooks => json Webhooks);

/// Request builder for [`WebhooksManager::create_webhook`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateWebhook<'a> {
    call: Call<'a>,
    body: CreateWebhookRequestBody,
}

impl<'a> CreateWebhook<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        target: CreateWebhookTarget,
        address: impl Into<String>,
        triggers: impl IntoIterator<Item = CreateWebhookTriggers>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_webhooks",
            method: reqwest::Method::POST,
            path: "/webhooks",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self {
            call,
            body: CreateWebhookRequestBody {
                target,
                address: address.into(),
                triggers: triggers.into_iter().collect(),
            },
        }
    }
}

request_builder!(runtime, CreateWebhook(body) => json Webhook);

/// Request builder for [`WebhooksManager::get_webhook_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetWebhookById<'a> {
    call: Call<'a>,
}

impl<'a> GetWebhookById<'a> {
    #[inline]
    fn new(client: &'a Client, webhook_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_webhooks_id",
            method: reqwest::Method::GET,
            path: "/webhooks/{webhook_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("webhook_id", webhook_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetWebhookById => json Webhook);

/// Request builder for [`WebhooksManager::update_webhook_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateWebhookById<'a> {
    call: Call<'a>,
    body: UpdateWebhookByIdRequestBody,
}

impl<'a> UpdateWebhookById<'a> {
    #[inline]
    fn new(client: &'a Client, webhook_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_webhooks_id",
            method: reqwest::Method::PUT,
            path: "/webhooks/{webhook_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, UpdateWebhookById(body) => json Webhook);

/// Request builder for [`WebhooksManager::delete_webhook_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteWebhookById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteWebhookById<'a> {
    #[inline]
    fn new(client: &'a Client, webhook_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_webhooks_id",
            method: reqwest::Method::DELETE,
            path: "/webhooks/{webhook_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("webhook_id", webhook_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteWebhookById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1webhooks/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateWebhookRequestBody {
    /// The item that will trigger the webhook.
    pub target: CreateWebhookTarget,
    /// The URL that is notified by this webhook.
    pub address: String,
    /// An array of event names that this webhook is
    /// to be triggered for.
    pub triggers: Vec<CreateWebhookTriggers>,
}

serialize_struct!(
    runtime,
    CreateWebhookRequestBody {
        target: required("target"),
        address: required("address"),
        triggers: required("triggers")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateWebhookRequestBody {
        target: required::<CreateWebhookTarget>("target"),
        address: required::<String>("address"),
        triggers: required::<Vec<CreateWebhookTriggers>>("triggers")
    }
);

/// The item that will trigger the webhook.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateWebhookTarget {
    /// The ID of the item to trigger a webhook.
    pub id: Option<String>,
    /// The type of item to trigger a webhook.
    pub r#type: Option<CreateWebhookTargetTypeField>,
}

serialize_struct!(runtime, CreateWebhookTarget { id: optional("id"), r#type: optional("type") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateWebhookTarget {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<CreateWebhookTargetTypeField>>("type")
    }
);

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

string_enum!(runtime, CreateWebhookTargetTypeField, Unknown, File = "file", Folder = "folder");

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

string_enum!(
    runtime,
    CreateWebhookTriggers,
    Unknown,
    FileUploaded = "FILE.UPLOADED",
    FilePreviewed = "FILE.PREVIEWED",
    FileDownloaded = "FILE.DOWNLOADED",
    FileTrashed = "FILE.TRASHED",
    FileDeleted = "FILE.DELETED",
    FileRestored = "FILE.RESTORED",
    FileCopied = "FILE.COPIED",
    FileMoved = "FILE.MOVED",
    FileLocked = "FILE.LOCKED",
    FileUnlocked = "FILE.UNLOCKED",
    FileRenamed = "FILE.RENAMED",
    CommentCreated = "COMMENT.CREATED",
    CommentUpdated = "COMMENT.UPDATED",
    CommentDeleted = "COMMENT.DELETED",
    TaskAssignmentCreated = "TASK_ASSIGNMENT.CREATED",
    TaskAssignmentUpdated = "TASK_ASSIGNMENT.UPDATED",
    MetadataInstanceCreated = "METADATA_INSTANCE.CREATED",
    MetadataInstanceUpdated = "METADATA_INSTANCE.UPDATED",
    MetadataInstanceDeleted = "METADATA_INSTANCE.DELETED",
    FolderCreated = "FOLDER.CREATED",
    FolderRenamed = "FOLDER.RENAMED",
    FolderDownloaded = "FOLDER.DOWNLOADED",
    FolderRestored = "FOLDER.RESTORED",
    FolderDeleted = "FOLDER.DELETED",
    FolderCopied = "FOLDER.COPIED",
    FolderMoved = "FOLDER.MOVED",
    FolderTrashed = "FOLDER.TRASHED",
    WebhookDeleted = "WEBHOOK.DELETED",
    CollaborationCreated = "COLLABORATION.CREATED",
    CollaborationAccepted = "COLLABORATION.ACCEPTED",
    CollaborationRejected = "COLLABORATION.REJECTED",
    CollaborationRemoved = "COLLABORATION.REMOVED",
    CollaborationUpdated = "COLLABORATION.UPDATED",
    SharedLinkDeleted = "SHARED_LINK.DELETED",
    SharedLinkCreated = "SHARED_LINK.CREATED",
    SharedLinkUpdated = "SHARED_LINK.UPDATED",
    SignRequestCompleted = "SIGN_REQUEST.COMPLETED",
    SignRequestDeclined = "SIGN_REQUEST.DECLINED",
    SignRequestExpired = "SIGN_REQUEST.EXPIRED",
    SignRequestSignerEmailBounced = "SIGN_REQUEST.SIGNER_EMAIL_BOUNCED",
    SignRequestSignSignerSigned = "SIGN_REQUEST.SIGN_SIGNER_SIGNED",
    SignRequestSignDocumentCreated = "SIGN_REQUEST.SIGN_DOCUMENT_CREATED",
    SignRequestSignErrorFinalizing = "SIGN_REQUEST.SIGN_ERROR_FINALIZING"
);

/// An inline schema, which the spec does not describe (`#/paths/~1webhooks~1{webhook_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateWebhookByIdRequestBody {
    /// The item that will trigger the webhook.
    pub target: Option<UpdateWebhookByIdTarget>,
    /// The URL that is notified by this webhook.
    pub address: Option<String>,
    /// An array of event names that this webhook is
    /// to be triggered for.
    pub triggers: Option<Vec<UpdateWebhookByIdTriggers>>,
}

serialize_struct!(
    runtime,
    UpdateWebhookByIdRequestBody {
        target: optional("target"),
        address: optional("address"),
        triggers: optional("triggers")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateWebhookByIdRequestBody {
        target: optional::<Option<UpdateWebhookByIdTarget>>("target"),
        address: optional::<Option<String>>("address"),
        triggers: optional::<Option<Vec<UpdateWebhookByIdTriggers>>>("triggers")
    }
);

/// The item that will trigger the webhook.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateWebhookByIdTarget {
    /// The ID of the item to trigger a webhook.
    pub id: Option<String>,
    /// The type of item to trigger a webhook.
    pub r#type: Option<UpdateWebhookByIdTargetTypeField>,
}

serialize_struct!(runtime, UpdateWebhookByIdTarget { id: optional("id"), r#type: optional("type") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateWebhookByIdTarget {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<UpdateWebhookByIdTargetTypeField>>("type")
    }
);

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

string_enum!(runtime, UpdateWebhookByIdTargetTypeField, Unknown, File = "file", Folder = "folder");

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

string_enum!(
    runtime,
    UpdateWebhookByIdTriggers,
    Unknown,
    FileUploaded = "FILE.UPLOADED",
    FilePreviewed = "FILE.PREVIEWED",
    FileDownloaded = "FILE.DOWNLOADED",
    FileTrashed = "FILE.TRASHED",
    FileDeleted = "FILE.DELETED",
    FileRestored = "FILE.RESTORED",
    FileCopied = "FILE.COPIED",
    FileMoved = "FILE.MOVED",
    FileLocked = "FILE.LOCKED",
    FileUnlocked = "FILE.UNLOCKED",
    FileRenamed = "FILE.RENAMED",
    CommentCreated = "COMMENT.CREATED",
    CommentUpdated = "COMMENT.UPDATED",
    CommentDeleted = "COMMENT.DELETED",
    TaskAssignmentCreated = "TASK_ASSIGNMENT.CREATED",
    TaskAssignmentUpdated = "TASK_ASSIGNMENT.UPDATED",
    MetadataInstanceCreated = "METADATA_INSTANCE.CREATED",
    MetadataInstanceUpdated = "METADATA_INSTANCE.UPDATED",
    MetadataInstanceDeleted = "METADATA_INSTANCE.DELETED",
    FolderCreated = "FOLDER.CREATED",
    FolderRenamed = "FOLDER.RENAMED",
    FolderDownloaded = "FOLDER.DOWNLOADED",
    FolderRestored = "FOLDER.RESTORED",
    FolderDeleted = "FOLDER.DELETED",
    FolderCopied = "FOLDER.COPIED",
    FolderMoved = "FOLDER.MOVED",
    FolderTrashed = "FOLDER.TRASHED",
    WebhookDeleted = "WEBHOOK.DELETED",
    CollaborationCreated = "COLLABORATION.CREATED",
    CollaborationAccepted = "COLLABORATION.ACCEPTED",
    CollaborationRejected = "COLLABORATION.REJECTED",
    CollaborationRemoved = "COLLABORATION.REMOVED",
    CollaborationUpdated = "COLLABORATION.UPDATED",
    SharedLinkDeleted = "SHARED_LINK.DELETED",
    SharedLinkCreated = "SHARED_LINK.CREATED",
    SharedLinkUpdated = "SHARED_LINK.UPDATED",
    SignRequestCompleted = "SIGN_REQUEST.COMPLETED",
    SignRequestDeclined = "SIGN_REQUEST.DECLINED",
    SignRequestExpired = "SIGN_REQUEST.EXPIRED",
    SignRequestSignerEmailBounced = "SIGN_REQUEST.SIGNER_EMAIL_BOUNCED",
    SignRequestSignSignerSigned = "SIGN_REQUEST.SIGN_SIGNER_SIGNED",
    SignRequestSignDocumentCreated = "SIGN_REQUEST.SIGN_DOCUMENT_CREATED",
    SignRequestSignErrorFinalizing = "SIGN_REQUEST.SIGN_ERROR_FINALIZING"
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Webhook`] and the types nested in it, from `#/components/schemas/Webhook`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Webhook
///
/// Represents a configured webhook.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Webhook {
    /// The unique identifier for this webhook.
    pub id: Option<String>,
    /// The value will always be `webhook`.
    pub r#type: Option<super::WebhookMiniTypeField>,
    /// The item that will trigger the webhook.
    pub target: Option<super::WebhookMiniTargetField>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Webhook/allOf/1/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// A timestamp identifying the time that
    /// the webhook was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The URL that is notified by this webhook.
    pub address: Option<String>,
    /// An array of event names that this webhook is
    /// to be triggered for.
    pub triggers: Option<Vec<super::WebhookTriggersField>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Webhook {
        id: optional("id"),
        r#type: optional("type"),
        target: optional("target"),
        created_by: optional("created_by"),
        created_at: optional("created_at"),
        address: optional("address"),
        triggers: optional("triggers")
    }
);

deserialize_struct!(
    runtime,
    Webhook {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::WebhookMiniTypeField>>("type"),
        target: optional::<Option<super::WebhookMiniTargetField>>("target"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        address: optional::<Option<String>>("address"),
        triggers: optional::<Option<Vec<super::WebhookTriggersField>>>("triggers")
    }
);

/// Webhook Trigger
///
/// The event name that triggered this webhook.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookTriggersField {
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
    WebhookTriggersField,
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

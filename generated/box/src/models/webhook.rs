// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Webhook`] and the types nested in it, from `#/components/schemas/Webhook`.

/// Webhook
///
/// Represents a configured webhook.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Webhook {
    /// The unique identifier for this webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `webhook`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::WebhookMiniTypeField>,
    /// The item that will trigger the webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<super::WebhookMiniTargetField>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Webhook/allOf/1/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserMini>,
    /// A timestamp identifying the time that
    /// the webhook was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The URL that is notified by this webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// An array of event names that this webhook is
    /// to be triggered for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggers: Option<Vec<super::WebhookTriggersField>>,
}

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

impl WebhookTriggersField {
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

impl crate::runtime::codec::StringEnum for WebhookTriggersField {
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

impl std::fmt::Display for WebhookTriggersField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WebhookTriggersField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WebhookTriggersField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

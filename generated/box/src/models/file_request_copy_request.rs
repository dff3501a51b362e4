// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileRequestCopyRequest`] and the types nested in it, from `#/components/schemas/FileRequestCopyRequest`.

use crate::runtime::{self, serialize_struct, string_enum};

/// File Request (Copy)
///
/// The request body to copy a file request.
#[derive(Clone, Debug, PartialEq)]
pub struct FileRequestCopyRequest {
    /// An optional new title for the file request. This can be
    /// used to change the title of the file request.
    ///
    /// This will default to the value on the existing file request.
    pub title: Option<String>,
    /// An optional new description for the file request. This can be
    /// used to change the description of the file request.
    ///
    /// This will default to the value on the existing file request.
    pub description: Option<String>,
    /// An optional new status of the file request.
    ///
    /// When the status is set to `inactive`, the file request
    /// will no longer accept new submissions, and any visitor
    /// to the file request URL will receive a `HTTP 404` status
    /// code.
    ///
    /// This will default to the value on the existing file request.
    pub status: Option<super::FileRequestUpdateRequestStatusField>,
    /// Whether a file request submitter is required to provide
    /// their email address.
    ///
    /// When this setting is set to true, the Box UI will show
    /// an email field on the file request form.
    ///
    /// This will default to the value on the existing file request.
    pub is_email_required: Option<bool>,
    /// Whether a file request submitter is required to provide
    /// a description of the files they are submitting.
    ///
    /// When this setting is set to true, the Box UI will show
    /// a description field on the file request form.
    ///
    /// This will default to the value on the existing file request.
    pub is_description_required: Option<bool>,
    /// The date after which a file request will no longer accept new
    /// submissions.
    ///
    /// After this date, the `status` will automatically be set to
    /// `inactive`.
    ///
    /// This will default to the value on the existing file request.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The folder to associate the new file request to.
    pub folder: super::FileRequestCopyRequestFolderField,
}

serialize_struct!(
    runtime,
    FileRequestCopyRequest {
        title: optional("title"),
        description: optional("description"),
        status: optional("status"),
        is_email_required: optional("is_email_required"),
        is_description_required: optional("is_description_required"),
        expires_at: optional("expires_at"),
        folder: required("folder")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    FileRequestCopyRequest {
        title: optional::<Option<String>>("title"),
        description: optional::<Option<String>>("description"),
        status: optional::<Option<super::FileRequestUpdateRequestStatusField>>("status"),
        is_email_required: optional::<Option<bool>>("is_email_required"),
        is_description_required: optional::<Option<bool>>("is_description_required"),
        expires_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("expires_at"),
        folder: required::<super::FileRequestCopyRequestFolderField>("folder")
    }
);

/// The folder to associate the new file request to.
#[derive(Clone, Debug, PartialEq)]
pub struct FileRequestCopyRequestFolderField {
    /// The value will always be `folder`.
    pub r#type: Option<super::FileRequestCopyRequestFolderTypeField>,
    /// The ID of the folder to associate the new
    /// file request to.
    pub id: String,
}

serialize_struct!(runtime, FileRequestCopyRequestFolderField { r#type: optional("type"), id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    FileRequestCopyRequestFolderField {
        r#type: optional::<Option<super::FileRequestCopyRequestFolderTypeField>>("type"),
        id: required::<String>("id")
    }
);

/// The value will always be `folder`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileRequestCopyRequestFolderTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileRequestCopyRequestFolderTypeField, Unknown, Folder = "folder");

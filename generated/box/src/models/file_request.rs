// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileRequest`] and the types nested in it, from `#/components/schemas/FileRequest`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// File Request
///
/// A standard representation of a file request, as returned
/// from any file request API endpoints by default.
#[derive(Clone, Debug, PartialEq)]
pub struct FileRequest {
    /// The unique identifier for this file request.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: String,
    /// The value will always be `file_request`.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub r#type: super::FileRequestTypeField,
    /// The title of file request. This is shown
    /// in the Box UI to users uploading files.
    ///
    /// This defaults to title of the file request that was
    /// copied to create this file request.
    pub title: Option<String>,
    /// The optional description of this file request. This is
    /// shown in the Box UI to users uploading files.
    ///
    /// This defaults to description of the file request that was
    /// copied to create this file request.
    pub description: Option<String>,
    /// The status of the file request. This defaults
    /// to `active`.
    ///
    /// When the status is set to `inactive`, the file request
    /// will no longer accept new submissions, and any visitor
    /// to the file request URL will receive a `HTTP 404` status
    /// code.
    ///
    /// This defaults to status of file request that was
    /// copied to create this file request.
    pub status: Option<super::FileRequestStatusField>,
    /// Whether a file request submitter is required to provide
    /// their email address.
    ///
    /// When this setting is set to true, the Box UI will show
    /// an email field on the file request form.
    ///
    /// This defaults to setting of file request that was
    /// copied to create this file request.
    pub is_email_required: Option<bool>,
    /// Whether a file request submitter is required to provide
    /// a description of the files they are submitting.
    ///
    /// When this setting is set to true, the Box UI will show
    /// a description field on the file request form.
    ///
    /// This defaults to setting of file request that was
    /// copied to create this file request.
    pub is_description_required: Option<bool>,
    /// The date after which a file request will no longer accept new
    /// submissions.
    ///
    /// After this date, the `status` will automatically be set to
    /// `inactive`.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `folder` property, which the spec does not describe (`#/components/schemas/FileRequest/properties/folder`).
    pub folder: super::FolderMini,
    /// The generated URL for this file request. This URL can be shared
    /// with users to let them upload files to the associated folder.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
    /// The HTTP `etag` of this file. This can be used in combination with
    /// the `If-Match` header when updating a file request. By providing that
    /// header, a change will only be performed on the  file request if the `etag`
    /// on the file request still matches the `etag` provided in the `If-Match`
    /// header.
    pub etag: Option<String>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/FileRequest/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The date and time when the file request was created.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The `updated_by` property, which the spec does not describe (`#/components/schemas/FileRequest/properties/updated_by`).
    pub updated_by: Option<super::UserMini>,
    /// The date and time when the file request was last updated.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileRequest {
        id: required("id"),
        r#type: required("type"),
        title: optional("title"),
        description: optional("description"),
        status: optional("status"),
        is_email_required: optional("is_email_required"),
        is_description_required: optional("is_description_required"),
        expires_at: optional("expires_at"),
        folder: required("folder"),
        url: optional("url"),
        etag: optional("etag"),
        created_by: optional("created_by"),
        created_at: required("created_at"),
        updated_by: optional("updated_by"),
        updated_at: required("updated_at")
    }
);

deserialize_struct!(
    runtime,
    FileRequest {
        id: required::<String>("id"),
        r#type: required::<super::FileRequestTypeField>("type"),
        title: optional::<Option<String>>("title"),
        description: optional::<Option<String>>("description"),
        status: optional::<Option<super::FileRequestStatusField>>("status"),
        is_email_required: optional::<Option<bool>>("is_email_required"),
        is_description_required: optional::<Option<bool>>("is_description_required"),
        expires_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("expires_at"),
        folder: required::<super::FolderMini>("folder"),
        url: optional::<Option<String>>("url"),
        etag: optional::<Option<String>>("etag"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        created_at: required::<chrono::DateTime<chrono::Utc>>("created_at"),
        updated_by: optional::<Option<super::UserMini>>("updated_by"),
        updated_at: required::<chrono::DateTime<chrono::Utc>>("updated_at")
    }
);

/// The value will always be `file_request`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileRequestTypeField {
    /// `file_request`
    FileRequest,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileRequestTypeField, Unknown, FileRequest = "file_request");

/// The status of the file request. This defaults
/// to `active`.
///
/// When the status is set to `inactive`, the file request
/// will no longer accept new submissions, and any visitor
/// to the file request URL will receive a `HTTP 404` status
/// code.
///
/// This defaults to status of file request that was
/// copied to create this file request.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileRequestStatusField {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileRequestStatusField, Unknown, Active = "active", Inactive = "inactive");

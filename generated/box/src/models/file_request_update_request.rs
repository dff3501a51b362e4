// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileRequestUpdateRequestStatusField`] and the types nested in it, from `#/components/schemas/FileRequestUpdateRequest/properties/status`.

use crate::runtime::{self, serialize_struct, string_enum};

/// An optional new status of the file request.
///
/// When the status is set to `inactive`, the file request
/// will no longer accept new submissions, and any visitor
/// to the file request URL will receive a `HTTP 404` status
/// code.
///
/// This will default to the value on the existing file request.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileRequestUpdateRequestStatusField {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileRequestUpdateRequestStatusField, Unknown, Active = "active", Inactive = "inactive");

/// File Request (Update)
///
/// The request body to update a file request.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileRequestUpdateRequest {
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
}

serialize_struct!(
    runtime,
    FileRequestUpdateRequest {
        title: optional("title"),
        description: optional("description"),
        status: optional("status"),
        is_email_required: optional("is_email_required"),
        is_description_required: optional("is_description_required"),
        expires_at: optional("expires_at")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    FileRequestUpdateRequest {
        title: optional::<Option<String>>("title"),
        description: optional::<Option<String>>("description"),
        status: optional::<Option<super::FileRequestUpdateRequestStatusField>>("status"),
        is_email_required: optional::<Option<bool>>("is_email_required"),
        is_description_required: optional::<Option<bool>>("is_description_required"),
        expires_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("expires_at")
    }
);

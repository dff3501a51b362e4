// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UploadSession`] and the types nested in it, from `#/components/schemas/UploadSession`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Upload session
///
/// An upload session for chunk uploading a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UploadSession {
    /// The unique identifier for this session.
    pub id: Option<String>,
    /// The value will always be `upload_session`.
    pub r#type: Option<super::UploadSessionTypeField>,
    /// The date and time when this session expires.
    pub session_expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The  size in bytes that must be used for all parts of of the
    /// upload.
    ///
    /// Only the last part is allowed to be of a smaller size.
    pub part_size: Option<i64>,
    /// The total number of parts expected in this upload session,
    /// as determined by the file size and part size.
    pub total_parts: Option<i32>,
    /// The number of parts that have been uploaded and processed
    /// by the server. This starts at `0`.
    ///
    /// When committing a file files, inspecting this property can
    /// provide insight if all parts have been uploaded correctly.
    pub num_parts_processed: Option<i32>,
    /// The `session_endpoints` property, which the spec does not describe (`#/components/schemas/UploadSession/properties/session_endpoints`).
    pub session_endpoints: Option<super::UploadSessionSessionEndpointsField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UploadSession {
        id: optional("id"),
        r#type: optional("type"),
        session_expires_at: optional("session_expires_at"),
        part_size: optional("part_size"),
        total_parts: optional("total_parts"),
        num_parts_processed: optional("num_parts_processed"),
        session_endpoints: optional("session_endpoints")
    }
);

deserialize_struct!(
    runtime,
    UploadSession {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::UploadSessionTypeField>>("type"),
        session_expires_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("session_expires_at"),
        part_size: optional::<Option<i64>>("part_size"),
        total_parts: optional::<Option<i32>>("total_parts"),
        num_parts_processed: optional::<Option<i32>>("num_parts_processed"),
        session_endpoints: optional::<Option<super::UploadSessionSessionEndpointsField>>("session_endpoints")
    }
);

/// The value will always be `upload_session`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UploadSessionTypeField {
    /// `upload_session`
    UploadSession,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UploadSessionTypeField, Unknown, UploadSession = "upload_session");

/// Session endpoints
///
/// A list of endpoints for a chunked upload session.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UploadSessionSessionEndpointsField {
    /// The URL to upload parts to.
    pub upload_part: Option<String>,
    /// The URL used to commit the file.
    pub commit: Option<String>,
    /// The URL for used to abort the session.
    pub abort: Option<String>,
    /// The URL users to list all parts.
    pub list_parts: Option<String>,
    /// The URL used to get the status of the upload.
    pub status: Option<String>,
    /// The URL used to get the upload log from.
    pub log_event: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UploadSessionSessionEndpointsField {
        upload_part: optional("upload_part"),
        commit: optional("commit"),
        abort: optional("abort"),
        list_parts: optional("list_parts"),
        status: optional("status"),
        log_event: optional("log_event")
    }
);

deserialize_struct!(
    runtime,
    UploadSessionSessionEndpointsField {
        upload_part: optional::<Option<String>>("upload_part"),
        commit: optional::<Option<String>>("commit"),
        abort: optional::<Option<String>>("abort"),
        list_parts: optional::<Option<String>>("list_parts"),
        status: optional::<Option<String>>("status"),
        log_event: optional::<Option<String>>("log_event")
    }
);

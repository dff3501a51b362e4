// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ClientError`] and the types nested in it, from `#/components/schemas/ClientError`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Client error
///
/// A generic error.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClientError {
    /// The value will always be `error`.
    pub r#type: Option<super::ClientErrorTypeField>,
    /// The HTTP status of the response.
    pub status: Option<i32>,
    /// A Box-specific error code.
    pub code: Option<super::ClientErrorCodeField>,
    /// A short message describing the error.
    pub message: Option<String>,
    /// A free-form object that contains additional context
    /// about the error. The possible fields are defined on
    /// a per-endpoint basis. `message` is only one example.
    pub context_info: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// A URL that links to more information about why this error occurred.
    pub help_url: Option<String>,
    /// A unique identifier for this response, which can be used
    /// when contacting Box support.
    pub request_id: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ClientError {
        r#type: optional("type"),
        status: optional("status"),
        code: optional("code"),
        message: optional("message"),
        context_info: optional("context_info"),
        help_url: optional("help_url"),
        request_id: optional("request_id")
    }
);

deserialize_struct!(
    runtime,
    ClientError {
        r#type: optional::<Option<super::ClientErrorTypeField>>("type"),
        status: optional::<Option<i32>>("status"),
        code: optional::<Option<super::ClientErrorCodeField>>("code"),
        message: optional::<Option<String>>("message"),
        context_info: optional::<Option<std::collections::BTreeMap<String, serde_json::Value>>>("context_info"),
        help_url: optional::<Option<String>>("help_url"),
        request_id: optional::<Option<String>>("request_id")
    }
);

/// The value will always be `error`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClientErrorTypeField {
    /// `error`
    Error,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ClientErrorTypeField, Unknown, Error = "error");

/// A Box-specific error code.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClientErrorCodeField {
    /// `created`
    Created,
    /// `accepted`
    Accepted,
    /// `no_content`
    NoContent,
    /// `redirect`
    Redirect,
    /// `not_modified`
    NotModified,
    /// `bad_request`
    BadRequest,
    /// `unauthorized`
    Unauthorized,
    /// `forbidden`
    Forbidden,
    /// `not_found`
    NotFound,
    /// `method_not_allowed`
    MethodNotAllowed,
    /// `conflict`
    Conflict,
    /// `precondition_failed`
    PreconditionFailed,
    /// `too_many_requests`
    TooManyRequests,
    /// `internal_server_error`
    InternalServerError,
    /// `unavailable`
    Unavailable,
    /// `item_name_invalid`
    ItemNameInvalid,
    /// `insufficient_scope`
    InsufficientScope,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ClientErrorCodeField,
    Unknown,
    Created = "created",
    Accepted = "accepted",
    NoContent = "no_content",
    Redirect = "redirect",
    NotModified = "not_modified",
    BadRequest = "bad_request",
    Unauthorized = "unauthorized",
    Forbidden = "forbidden",
    NotFound = "not_found",
    MethodNotAllowed = "method_not_allowed",
    Conflict = "conflict",
    PreconditionFailed = "precondition_failed",
    TooManyRequests = "too_many_requests",
    InternalServerError = "internal_server_error",
    Unavailable = "unavailable",
    ItemNameInvalid = "item_name_invalid",
    InsufficientScope = "insufficient_scope"
);

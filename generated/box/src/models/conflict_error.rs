// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ConflictError`] and the types nested in it, from `#/components/schemas/ConflictError`.

use crate::runtime::{self, deserialize_struct};

/// Conflict error
///
/// The error that occurs when a file can not be created due
/// to a conflict.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConflictError {
    /// The value will always be `error`.
    pub r#type: Option<super::ClientErrorTypeField>,
    /// The HTTP status of the response.
    pub status: Option<i32>,
    /// A Box-specific error code.
    pub code: Option<super::ClientErrorCodeField>,
    /// A short message describing the error.
    pub message: Option<String>,
    /// The `context_info` property, which the spec does not describe (`#/components/schemas/ConflictError/allOf/1/properties/context_info`).
    pub context_info: Option<super::ConflictErrorContextInfoField>,
    /// A URL that links to more information about why this error occurred.
    pub help_url: Option<String>,
    /// A unique identifier for this response, which can be used
    /// when contacting Box support.
    pub request_id: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ConflictError {
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
    ConflictError {
        r#type: optional::<Option<super::ClientErrorTypeField>>("type"),
        status: optional::<Option<i32>>("status"),
        code: optional::<Option<super::ClientErrorCodeField>>("code"),
        message: optional::<Option<String>>("message"),
        context_info: optional::<Option<super::ConflictErrorContextInfoField>>("context_info"),
        help_url: optional::<Option<String>>("help_url"),
        request_id: optional::<Option<String>>("request_id")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/ConflictError/allOf/1/properties/context_info`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConflictErrorContextInfoField {
    /// A list of the file conflicts that caused this error.
    pub conflicts: Option<Vec<super::FileConflict>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, ConflictErrorContextInfoField { conflicts: optional("conflicts") });

deserialize_struct!(
    runtime,
    ConflictErrorContextInfoField { conflicts: optional::<Option<Vec<super::FileConflict>>>("conflicts") }
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ConflictError`] and the types nested in it, from `#/components/schemas/ConflictError`.

/// Conflict error
///
/// The error that occurs when a file can not be created due
/// to a conflict.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ConflictError {
    /// The value will always be `error`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ClientErrorTypeField>,
    /// The HTTP status of the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i32>,
    /// A Box-specific error code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<super::ClientErrorCodeField>,
    /// A short message describing the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `context_info` property, which the spec does not describe (`#/components/schemas/ConflictError/allOf/1/properties/context_info`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_info: Option<super::ConflictErrorContextInfoField>,
    /// A URL that links to more information about why this error occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
    /// A unique identifier for this response, which can be used
    /// when contacting Box support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

/// An inline schema, which the spec does not describe (`#/components/schemas/ConflictError/allOf/1/properties/context_info`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ConflictErrorContextInfoField {
    /// A list of the file conflicts that caused this error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflicts: Option<Vec<super::FileConflict>>,
}

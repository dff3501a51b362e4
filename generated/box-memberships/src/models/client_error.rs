// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ClientError`] and the types nested in it, from `#/components/schemas/ClientError`.

/// Client error
///
/// A generic error.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ClientError {
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
    /// A free-form object that contains additional context
    /// about the error. The possible fields are defined on
    /// a per-endpoint basis. `message` is only one example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_info: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// A URL that links to more information about why this error occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
    /// A unique identifier for this response, which can be used
    /// when contacting Box support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

/// The value will always be `error`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClientErrorTypeField {
    /// `error`
    Error,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl ClientErrorTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "error",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ClientErrorTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "error" => Self::Error,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ClientErrorTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ClientErrorTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ClientErrorTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl ClientErrorCodeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Accepted => "accepted",
            Self::NoContent => "no_content",
            Self::Redirect => "redirect",
            Self::NotModified => "not_modified",
            Self::BadRequest => "bad_request",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::Conflict => "conflict",
            Self::PreconditionFailed => "precondition_failed",
            Self::TooManyRequests => "too_many_requests",
            Self::InternalServerError => "internal_server_error",
            Self::Unavailable => "unavailable",
            Self::ItemNameInvalid => "item_name_invalid",
            Self::InsufficientScope => "insufficient_scope",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ClientErrorCodeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "created" => Self::Created,
            "accepted" => Self::Accepted,
            "no_content" => Self::NoContent,
            "redirect" => Self::Redirect,
            "not_modified" => Self::NotModified,
            "bad_request" => Self::BadRequest,
            "unauthorized" => Self::Unauthorized,
            "forbidden" => Self::Forbidden,
            "not_found" => Self::NotFound,
            "method_not_allowed" => Self::MethodNotAllowed,
            "conflict" => Self::Conflict,
            "precondition_failed" => Self::PreconditionFailed,
            "too_many_requests" => Self::TooManyRequests,
            "internal_server_error" => Self::InternalServerError,
            "unavailable" => Self::Unavailable,
            "item_name_invalid" => Self::ItemNameInvalid,
            "insufficient_scope" => Self::InsufficientScope,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ClientErrorCodeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ClientErrorCodeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ClientErrorCodeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

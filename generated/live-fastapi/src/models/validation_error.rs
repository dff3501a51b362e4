// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`ValidationError`] and the types nested in it, from `#/components/schemas/ValidationError`.

use crate::runtime::{self, deserialize_struct};

/// ValidationError
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationError {
    /// Location
    pub loc: Vec<super::ValidationErrorLoc>,
    /// Message
    pub msg: String,
    /// Error Type
    pub r#type: String,
    /// Input
    pub input: Option<serde_json::Value>,
    /// Context
    pub ctx: Option<serde_json::Map<String, serde_json::Value>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ValidationError {
        loc: required("loc"),
        msg: required("msg"),
        r#type: required("type"),
        input: optional("input"),
        ctx: optional("ctx")
    }
);

deserialize_struct!(
    runtime,
    ValidationError {
        loc: required::<Vec<super::ValidationErrorLoc>>("loc"),
        msg: required::<String>("msg"),
        r#type: required::<String>("type"),
        input: optional::<Option<serde_json::Value>>("input"),
        ctx: optional::<Option<serde_json::Map<String, serde_json::Value>>>("ctx")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/ValidationError/properties/loc/items`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ValidationErrorLoc {
    /// The `String` alternative (`#/components/schemas/ValidationError/properties/loc/items/anyOf/0`).
    String(String),
    /// The `Integer` alternative (`#/components/schemas/ValidationError/properties/loc/items/anyOf/1`).
    Integer(i64),
}

impl From<String> for ValidationErrorLoc {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<i64> for ValidationErrorLoc {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

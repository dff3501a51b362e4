// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`ValidationError`] and the types nested in it, from `#/components/schemas/ValidationError`.

use crate::runtime::{self, deserialize_struct};

/// ValidationError
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ValidationError {
    /// Location
    pub loc: Vec<super::ValidationErrorLoc>,
    /// Message
    pub msg: String,
    /// Error Type
    pub r#type: String,
    /// Input
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub input: Option<serde_json::Value>,
    /// Context
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub ctx: Option<serde_json::Map<String, serde_json::Value>>,
}

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

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataError`] and the types nested in it, from `#/components/schemas/MetadataError`.

use crate::runtime::{self, deserialize_struct};

/// Metadata Error
///
/// A generic metadata operation error.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct MetadataError {
    /// A Box-specific error code.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub code: Option<String>,
    /// A short message describing the error.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub message: Option<String>,
    /// A unique identifier for this response, which can be used
    /// when contacting Box support.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub request_id: Option<String>,
}

deserialize_struct!(
    runtime,
    MetadataError {
        code: optional::<Option<String>>("code"),
        message: optional::<Option<String>>("message"),
        request_id: optional::<Option<String>>("request_id")
    }
);

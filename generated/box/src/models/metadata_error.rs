// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataError`] and the types nested in it, from `#/components/schemas/MetadataError`.

use crate::runtime::{self, deserialize_struct};

/// Metadata Error
///
/// A generic metadata operation error.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataError {
    /// A Box-specific error code.
    pub code: Option<String>,
    /// A short message describing the error.
    pub message: Option<String>,
    /// A unique identifier for this response, which can be used
    /// when contacting Box support.
    pub request_id: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataError { code: optional("code"), message: optional("message"), request_id: optional("request_id") }
);

deserialize_struct!(
    runtime,
    MetadataError {
        code: optional::<Option<String>>("code"),
        message: optional::<Option<String>>("message"),
        request_id: optional::<Option<String>>("request_id")
    }
);

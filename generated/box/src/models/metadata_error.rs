// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataError`] and the types nested in it, from `#/components/schemas/MetadataError`.

/// Metadata Error
///
/// A generic metadata operation error.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct MetadataError {
    /// A Box-specific error code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A short message describing the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// A unique identifier for this response, which can be used
    /// when contacting Box support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

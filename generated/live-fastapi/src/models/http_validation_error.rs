// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`HttpValidationError`] and the types nested in it, from `#/components/schemas/HTTPValidationError`.

/// HTTPValidationError
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct HttpValidationError {
    /// Detail
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Vec<super::ValidationError>>,
}

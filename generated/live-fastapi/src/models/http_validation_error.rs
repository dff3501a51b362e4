// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`HttpValidationError`] and the types nested in it, from `#/components/schemas/HTTPValidationError`.

use crate::runtime::{self, deserialize_struct};

/// HTTPValidationError
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct HttpValidationError {
    /// Detail
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub detail: Option<Vec<super::ValidationError>>,
}

deserialize_struct!(runtime, HttpValidationError { detail: optional::<Option<Vec<super::ValidationError>>>("detail") });

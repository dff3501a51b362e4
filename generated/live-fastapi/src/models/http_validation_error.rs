// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`HttpValidationError`] and the types nested in it, from `#/components/schemas/HTTPValidationError`.

use crate::runtime::{self, deserialize_struct};

/// HTTPValidationError
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HttpValidationError {
    /// Detail
    pub detail: Option<Vec<super::ValidationError>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, HttpValidationError { detail: optional("detail") });

deserialize_struct!(runtime, HttpValidationError { detail: optional::<Option<Vec<super::ValidationError>>>("detail") });

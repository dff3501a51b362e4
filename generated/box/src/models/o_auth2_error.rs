// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`OAuth2Error`] and the types nested in it, from `#/components/schemas/OAuth2Error`.

use crate::runtime::{self, deserialize_struct};

/// OAuth 2.0 error
///
/// An OAuth 2.0 error.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct OAuth2Error {
    /// The type of the error returned.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub error: Option<String>,
    /// The type of the error returned.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub error_description: Option<String>,
}

deserialize_struct!(
    runtime,
    OAuth2Error {
        error: optional::<Option<String>>("error"),
        error_description: optional::<Option<String>>("error_description")
    }
);

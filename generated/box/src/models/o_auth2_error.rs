// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`OAuth2Error`] and the types nested in it, from `#/components/schemas/OAuth2Error`.

use crate::runtime::{self, deserialize_struct};

/// OAuth 2.0 error
///
/// An OAuth 2.0 error.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OAuth2Error {
    /// The type of the error returned.
    pub error: Option<String>,
    /// The type of the error returned.
    pub error_description: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    OAuth2Error { error: optional("error"), error_description: optional("error_description") }
);

deserialize_struct!(
    runtime,
    OAuth2Error {
        error: optional::<Option<String>>("error"),
        error_description: optional::<Option<String>>("error_description")
    }
);

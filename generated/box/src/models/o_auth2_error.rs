// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`OAuth2Error`] and the types nested in it, from `#/components/schemas/OAuth2Error`.

/// OAuth 2.0 error
///
/// An OAuth 2.0 error.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct OAuth2Error {
    /// The type of the error returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of the error returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}

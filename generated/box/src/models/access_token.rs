// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AccessToken`] and the types nested in it, from `#/components/schemas/AccessToken`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Access token
///
/// A token that can be used to make authenticated API calls.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AccessToken {
    /// The requested access token.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub access_token: Option<String>,
    /// The time in seconds by which this token will expire.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub expires_in: Option<i64>,
    /// The type of access token returned.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub token_type: Option<super::AccessTokenTokenTypeField>,
    /// The permissions that this access token permits,
    /// providing a list of resources (files, folders, etc)
    /// and the scopes permitted for each of those resources.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub restricted_to: Option<Vec<super::ResourceScope>>,
    /// The refresh token for this access token, which can be used
    /// to request a new access token when the current one expires.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub refresh_token: Option<String>,
    /// The type of downscoped access token returned. This is only
    /// returned if an access token has been downscoped.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub issued_token_type: Option<super::AccessTokenIssuedTokenTypeField>,
}

deserialize_struct!(
    runtime,
    AccessToken {
        access_token: optional::<Option<String>>("access_token"),
        expires_in: optional::<Option<i64>>("expires_in"),
        token_type: optional::<Option<super::AccessTokenTokenTypeField>>("token_type"),
        restricted_to: optional::<Option<Vec<super::ResourceScope>>>("restricted_to"),
        refresh_token: optional::<Option<String>>("refresh_token"),
        issued_token_type: optional::<Option<super::AccessTokenIssuedTokenTypeField>>("issued_token_type")
    }
);

/// The type of access token returned.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccessTokenTokenTypeField {
    /// `bearer`
    Bearer,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AccessTokenTokenTypeField, Unknown, Bearer = "bearer");

/// The type of downscoped access token returned. This is only
/// returned if an access token has been downscoped.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccessTokenIssuedTokenTypeField {
    /// `urn:ietf:params:oauth:token-type:access_token`
    UrnIetfParamsOauthTokenTypeAccessToken,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    AccessTokenIssuedTokenTypeField,
    Unknown,
    UrnIetfParamsOauthTokenTypeAccessToken = "urn:ietf:params:oauth:token-type:access_token"
);

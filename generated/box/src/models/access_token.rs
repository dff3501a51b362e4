// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AccessToken`] and the types nested in it, from `#/components/schemas/AccessToken`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Access token
///
/// A token that can be used to make authenticated API calls.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AccessToken {
    /// The requested access token.
    pub access_token: Option<String>,
    /// The time in seconds by which this token will expire.
    pub expires_in: Option<i64>,
    /// The type of access token returned.
    pub token_type: Option<super::AccessTokenTokenTypeField>,
    /// The permissions that this access token permits,
    /// providing a list of resources (files, folders, etc)
    /// and the scopes permitted for each of those resources.
    pub restricted_to: Option<Vec<super::ResourceScope>>,
    /// The refresh token for this access token, which can be used
    /// to request a new access token when the current one expires.
    pub refresh_token: Option<String>,
    /// The type of downscoped access token returned. This is only
    /// returned if an access token has been downscoped.
    pub issued_token_type: Option<super::AccessTokenIssuedTokenTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AccessToken {
        access_token: optional("access_token"),
        expires_in: optional("expires_in"),
        token_type: optional("token_type"),
        restricted_to: optional("restricted_to"),
        refresh_token: optional("refresh_token"),
        issued_token_type: optional("issued_token_type")
    }
);

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

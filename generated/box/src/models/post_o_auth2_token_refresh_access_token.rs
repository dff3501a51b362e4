// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`PostOAuth2TokenRefreshAccessToken`] and the types nested in it, from `#/components/schemas/PostOAuth2Token--RefreshAccessToken`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Refresh access token
///
/// A request to refresh an Access Token. Use this API to refresh an expired
/// Access Token using a valid Refresh Token.
#[derive(Clone, Debug, PartialEq)]
pub struct PostOAuth2TokenRefreshAccessToken {
    /// The type of request being made, in this case a refresh request.
    pub grant_type: super::PostOAuth2TokenRefreshAccessTokenGrantTypeField,
    /// The client ID of the application requesting to refresh the token.
    pub client_id: String,
    /// The client secret of the application requesting to refresh the token.
    pub client_secret: String,
    /// The refresh token to refresh.
    pub refresh_token: String,
}

serialize_struct!(
    runtime,
    PostOAuth2TokenRefreshAccessToken {
        grant_type: required("grant_type"),
        client_id: required("client_id"),
        client_secret: required("client_secret"),
        refresh_token: required("refresh_token")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PostOAuth2TokenRefreshAccessToken {
        grant_type: required::<super::PostOAuth2TokenRefreshAccessTokenGrantTypeField>("grant_type"),
        client_id: required::<String>("client_id"),
        client_secret: required::<String>("client_secret"),
        refresh_token: required::<String>("refresh_token")
    }
);

/// The type of request being made, in this case a refresh request.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PostOAuth2TokenRefreshAccessTokenGrantTypeField {
    /// `refresh_token`
    RefreshToken,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, PostOAuth2TokenRefreshAccessTokenGrantTypeField, Unknown, RefreshToken = "refresh_token");

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`PostOAuth2Revoke`] and the types nested in it, from `#/components/schemas/PostOAuth2Revoke`.

use crate::runtime::{self, serialize_struct};

/// Token revocation request
///
/// A request to revoke an OAuth 2.0 token.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PostOAuth2Revoke {
    /// The Client ID of the application requesting to revoke the
    /// access token.
    pub client_id: Option<String>,
    /// The client secret of the application requesting to revoke
    /// an access token.
    pub client_secret: Option<String>,
    /// The access token to revoke.
    pub token: Option<String>,
}

serialize_struct!(
    runtime,
    PostOAuth2Revoke {
        client_id: optional("client_id"),
        client_secret: optional("client_secret"),
        token: optional("token")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PostOAuth2Revoke {
        client_id: optional::<Option<String>>("client_id"),
        client_secret: optional::<Option<String>>("client_secret"),
        token: optional::<Option<String>>("token")
    }
);

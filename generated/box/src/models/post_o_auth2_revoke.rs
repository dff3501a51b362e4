// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`PostOAuth2Revoke`] and the types nested in it, from `#/components/schemas/PostOAuth2Revoke`.

/// Token revocation request
///
/// A request to revoke an OAuth 2.0 token.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PostOAuth2Revoke {
    /// The Client ID of the application requesting to revoke the
    /// access token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The client secret of the application requesting to revoke
    /// an access token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// The access token to revoke.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PostOAuth2Revoke {
        client_id: optional::<Option<String>>("client_id"),
        client_secret: optional::<Option<String>>("client_secret"),
        token: optional::<Option<String>>("token")
    }
);

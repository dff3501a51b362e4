// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`PostOAuth2Revoke`] and the types nested in it, from `#/components/schemas/PostOAuth2Revoke`.

/// Token revocation request
///
/// A request to revoke an OAuth 2.0 token.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PostOAuth2Revoke {
    /// The Client ID of the application requesting to revoke the
    /// access token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The client secret of the application requesting to revoke
    /// an access token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// The access token to revoke.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

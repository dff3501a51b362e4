// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! OAuth2: one module per `oauth2` security scheme of the spec, with the URLs and scopes its flows
//! declare and token providers preset with them. The tokens travel as `Authorization: Bearer`:
//! give a provider to [`Auth::token_provider`](crate::Auth::token_provider), which renews its
//! token before it expires and once when the server answers 401.

use crate::runtime::Secret;
pub use crate::runtime::oauth2::{
    AuthorizationCode, ClientAuth, ClientCredentials, EndpointError, MalformedResponse, PendingAuthorization,
    RefreshToken, TokenError, pkce_challenge,
};

pub mod oauth {
    //! The `oauth` security scheme, with the `clientCredentials` flow.
    use super::{ClientCredentials, RefreshToken, Secret};

    /// The token endpoint: `tokenUrl` of the `clientCredentials` flow.
    pub const TOKEN_URL: &str = "https://pets.example.com/oauth/token";

    /// The scopes the scheme's flows declare, with their descriptions; ask for them with a
    /// provider's `.scope(name)`.
    pub const SCOPES: &[(&str, &str)] = &[("pets", "Read and write pets.")];

    /// The client credentials grant: the app's own token, from its client id and secret.
    ///
    /// Add scopes with `.scope(..)`, extra form fields with `.extra_field(..)`, and give it to
    /// `Auth::token_provider`.
    pub fn client_credentials(client_id: impl Into<String>, client_secret: impl Into<Secret>) -> ClientCredentials {
        ClientCredentials::new(TOKEN_URL, client_id, client_secret)
    }

    /// Access tokens from a refresh token granted earlier. Add the client secret with
    /// `.client_secret(..)`, and store every new refresh token the server sends with
    /// `.on_refresh_token(..)`: a server that rotates them invalidates the old one.
    pub fn refresh_token(client_id: impl Into<String>, refresh_token: impl Into<Secret>) -> RefreshToken {
        RefreshToken::new(TOKEN_URL, client_id, refresh_token)
    }
}

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! OAuth2: one module per `oauth2` security scheme of the spec, with the URLs and scopes its flows
//! declare and token providers preset with them. The tokens travel as `Authorization: Bearer`:
//! give a provider to [`Auth::token_provider`](crate::Auth::token_provider), which renews its
//! token before it expires and once when the server answers 401.

use crate::runtime::Secret;
pub use crate::runtime::oauth2::{
    AuthorizationCode, ClientAuth, ClientCredentials, EndpointError, MalformedResponse, PendingAuthorization,
    RefreshToken, TokenError, pkce_challenge,
};

pub mod oauth2_security {
    //! The `OAuth2Security` security scheme, with the `authorizationCode` flow.
    use super::{AuthorizationCode, ClientCredentials, RefreshToken, Secret};

    /// Where users are sent to authorize the app: `authorizationUrl` of the `authorizationCode` flow.
    pub const AUTHORIZATION_URL: &str = "https://account.box.com/api/oauth2/authorize";

    /// The token endpoint: `tokenUrl` of the `authorizationCode` flow.
    pub const TOKEN_URL: &str = "https://api.box.com/oauth2/token";

    /// The scopes the scheme's flows declare, with their descriptions; ask for them with a
    /// provider's `.scope(name)`.
    pub const SCOPES: &[(&str, &str)] = &[
        ("root_readonly", "Read all files and folders stored in Box"),
        ("root_readwrite", "Read and write all files and folders stored in Box"),
        ("manage_app_users", "Provision and manage app users"),
        ("manage_managed_users", "Provision and manage managed users"),
        ("manage_groups", "Manage an enterprise's groups"),
        ("manage_webhook", "Create webhooks programmatically through the API"),
        ("manage_enterprise_properties", "Manage enterprise properties"),
        ("manage_data_retention", "Manage data retention polices"),
        ("manage_legal_hold", "Manage Legal Holds"),
    ];

    /// The client credentials grant: the app's own token, from its client id and secret.
    ///
    /// Add scopes with `.scope(..)`, extra form fields with `.extra_field(..)`, and give it to
    /// `Auth::token_provider`.
    ///
    /// The scheme declares no `clientCredentials` flow: this asks its token endpoint all the
    /// same, for APIs that accept the grant there.
    pub fn client_credentials(client_id: impl Into<String>, client_secret: impl Into<Secret>) -> ClientCredentials {
        ClientCredentials::new(TOKEN_URL, client_id, client_secret)
    }

    /// Access tokens from a refresh token granted earlier. Add the client secret with
    /// `.client_secret(..)`, and store every new refresh token the server sends with
    /// `.on_refresh_token(..)`: a server that rotates them invalidates the old one.
    pub fn refresh_token(client_id: impl Into<String>, refresh_token: impl Into<Secret>) -> RefreshToken {
        RefreshToken::new(TOKEN_URL, client_id, refresh_token)
    }

    /// The authorization code flow with PKCE: `.authorize()` makes the URL to send the user
    /// to (with a fresh `state`), and `.exchange_redirect(..)` turns the redirect back into a
    /// [`RefreshToken`] provider.
    pub fn authorization_code(client_id: impl Into<String>, redirect_uri: impl Into<String>) -> AuthorizationCode {
        AuthorizationCode::new(AUTHORIZATION_URL, TOKEN_URL, client_id, redirect_uri)
    }
}

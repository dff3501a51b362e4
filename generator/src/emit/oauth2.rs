//! `src/oauth2.rs`: for each `oauth2` security scheme, a module with the URLs and scopes its flows
//! declare and constructors of the runtime's token providers preset with them. The providers
//! themselves live in the runtime; nothing here sends a request.

use proc_macro2::TokenStream;
use quote::quote;

use super::types::{ident, inner_doc_attrs};
use crate::ir::{Api, OAuth2, OAuth2Grant, SecurityScheme};

/// Text for a doc comment: a spec value in backticks.
fn code(text: &str) -> String {
    format!("`{}`", text.replace('`', "'"))
}

/// `src/oauth2.rs`, when the spec has an `oauth2` scheme:
/// ```ignore
/// pub use crate::runtime::oauth2::{AuthorizationCode, ClientCredentials, RefreshToken, ...};
/// pub mod oauth2_security {
///     pub const TOKEN_URL: &str = "https://api.box.com/oauth2/token";
///     pub fn client_credentials(client_id: impl Into<String>, client_secret: impl Into<Secret>) -> ClientCredentials {
///         ClientCredentials::new(TOKEN_URL, client_id, client_secret)
///     }
/// }
/// ```
pub fn oauth2_file(api: &Api) -> Option<TokenStream> {
    let modules: Vec<TokenStream> =
        api.schemes.iter().filter_map(|scheme| Some(scheme_module(api, scheme, scheme.oauth2.as_ref()?))).collect();
    if modules.is_empty() {
        return None;
    }
    // The scheme modules with a token endpoint have constructors, which take `Secret`s.
    let secret = api
        .schemes
        .iter()
        .filter_map(|scheme| scheme.oauth2.as_ref())
        .any(|oauth2| oauth2.token_url().is_some())
        .then(|| quote! { use crate::runtime::Secret; });
    let docs = inner_doc_attrs(&[
        "OAuth2: one module per `oauth2` security scheme of the spec, with the URLs and scopes its flows".to_owned(),
        "declare and token providers preset with them. The tokens travel as `Authorization: Bearer`:".to_owned(),
        "give a provider to [`Auth::token_provider`](crate::Auth::token_provider), which renews its".to_owned(),
        "token before it expires and once when the server answers 401.".to_owned(),
    ]);
    Some(quote! {
        #docs

        #secret

        pub use crate::runtime::oauth2::{
            AuthorizationCode, ClientAuth, ClientCredentials, EndpointError, MalformedResponse, PendingAuthorization,
            RefreshToken, TokenError, pkce_challenge,
        };

        #( #modules )*
    })
}

/// The module of one scheme: its constants, then a constructor per grant it can serve.
fn scheme_module(api: &Api, scheme: &SecurityScheme, oauth2: &OAuth2) -> TokenStream {
    let module = ident(api, oauth2.module);
    let flows: Vec<String> = oauth2.flows.iter().map(|flow| code(flow.grant.spec_name())).collect();
    let mut docs = vec![match flows.as_slice() {
        [] => format!("The {} security scheme, which declares no flows.", code(&scheme.key)),
        [flow] => format!("The {} security scheme, with the {flow} flow.", code(&scheme.key)),
        flows => format!("The {} security scheme, with the flows {}.", code(&scheme.key), flows.join(", ")),
    }];
    if !scheme.docs.is_empty() {
        docs.push(String::new());
        docs.extend(scheme.docs.lines().iter().cloned());
    }
    let docs = inner_doc_attrs(&docs);

    let token_url = oauth2.token_url();
    let authorization_url = oauth2.authorization_url();
    let refresh_url = oauth2.refresh_url().filter(|(url, _)| Some(*url) != token_url.map(|(token, _)| token));
    let mut items = Vec::new();
    if let Some(url) = authorization_url {
        items.push(quote! {
            /// Where users are sent to authorize the app: `authorizationUrl` of the `authorizationCode` flow.
            pub const AUTHORIZATION_URL: &str = #url;
        });
    }
    if let Some((url, grant)) = token_url {
        let doc = format!(" The token endpoint: `tokenUrl` of the {} flow.", code(grant.spec_name()));
        items.push(quote! {
            #[doc = #doc]
            pub const TOKEN_URL: &str = #url;
        });
    }
    if let Some((url, grant)) = refresh_url {
        let doc = format!(" Where refresh tokens are traded: `refreshUrl` of the {} flow.", code(grant.spec_name()));
        items.push(quote! {
            #[doc = #doc]
            pub const REFRESH_URL: &str = #url;
        });
    }
    let scopes = oauth2.scopes().into_iter().map(|(name, description)| quote! { (#name, #description) });
    items.push(quote! {
        /// The scopes the scheme's flows declare, with their descriptions; ask for them with a
        /// provider's `.scope(name)`.
        pub const SCOPES: &[(&str, &str)] = &[ #( #scopes ),* ];
    });
    // A URL that is the constant's value is written as the constant.
    let url_tokens = |url: &str| match token_url {
        Some((token, _)) if token == url => quote! { TOKEN_URL },
        _ => quote! { #url },
    };
    let mut uses = Vec::new();
    if let Some(url) = oauth2.token_url_for(OAuth2Grant::ClientCredentials) {
        let url = url_tokens(url);
        let mut doc = vec![
            " The client credentials grant: the app's own token, from its client id and secret.".to_owned(),
            String::new(),
            " Add scopes with `.scope(..)`, extra form fields with `.extra_field(..)`, and give it to".to_owned(),
            " `Auth::token_provider`.".to_owned(),
        ];
        if oauth2.flow(OAuth2Grant::ClientCredentials).is_none() {
            doc.extend([
                String::new(),
                " The scheme declares no `clientCredentials` flow: this asks its token endpoint all the".to_owned(),
                " same, for APIs that accept the grant there.".to_owned(),
            ]);
        }
        uses.push(quote! { ClientCredentials });
        items.push(quote! {
            #( #[doc = #doc] )*
            pub fn client_credentials(
                client_id: impl Into<String>,
                client_secret: impl Into<Secret>,
            ) -> ClientCredentials {
                ClientCredentials::new(#url, client_id, client_secret)
            }
        });
    }
    let refresh_at = refresh_url.map(|(url, _)| url).or_else(|| oauth2.token_url_for(OAuth2Grant::AuthorizationCode));
    if let Some(url) = refresh_at {
        let url = match refresh_url {
            Some(_) => quote! { REFRESH_URL },
            None => url_tokens(url),
        };
        uses.push(quote! { RefreshToken });
        items.push(quote! {
            /// Access tokens from a refresh token granted earlier. Add the client secret with
            /// `.client_secret(..)`, and store every new refresh token the server sends with
            /// `.on_refresh_token(..)`: a server that rotates them invalidates the old one.
            pub fn refresh_token(client_id: impl Into<String>, refresh_token: impl Into<Secret>) -> RefreshToken {
                RefreshToken::new(#url, client_id, refresh_token)
            }
        });
    }
    if let (Some(_), Some(token)) = (authorization_url, oauth2.token_url_for(OAuth2Grant::AuthorizationCode)) {
        let token = url_tokens(token);
        let refresh = refresh_url.map(|_| quote! { .refresh_url(REFRESH_URL) });
        uses.push(quote! { AuthorizationCode });
        items.push(quote! {
            /// The authorization code flow with PKCE: `.authorize()` makes the URL to send the user
            /// to (with a fresh `state`), and `.exchange_redirect(..)` turns the redirect back into a
            /// [`RefreshToken`] provider.
            pub fn authorization_code(
                client_id: impl Into<String>,
                redirect_uri: impl Into<String>,
            ) -> AuthorizationCode {
                AuthorizationCode::new(AUTHORIZATION_URL, #token, client_id, redirect_uri) #refresh
            }
        });
    }
    // In rustfmt's order, so that build.rs output (not formatted by rustfmt) matches the checked-in
    // crates item for item; no `crate::` path either, which would be one `super::` deeper here
    // than in the file around it.
    uses.sort_by_key(ToString::to_string);
    let imports = (!uses.is_empty()).then(|| quote! { use super::{ #( #uses, )* Secret }; });
    quote! {
        pub mod #module {
            #docs
            #imports
            #( #items )*
        }
    }
}

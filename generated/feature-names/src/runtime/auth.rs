// @generated from templates/runtime/src/auth.rs by the generator; do not edit.
//! Credentials the user configures and the security schemes a spec declares. An operation lists
//! alternatives of schemes; the first alternative that the configured credentials satisfy is sent.
//! Secrets never appear in `Debug` output or in error messages.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use super::error::Error;

/// A credential value that never shows up in `Debug` output or error messages.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a credential value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

/// The future a [`TokenProvider`] returns.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<Secret, Error>> + Send + 'a>>;

/// A source of bearer tokens that can change over time: OAuth2 access tokens that expire and are
/// refreshed, tokens read from a vault. Give one to [`Auth::token_provider`].
///
/// The client asks for [`token`](Self::token) before every attempt of a call that needs a bearer
/// token, so a provider should answer from a cache and refresh only when the token is about to
/// expire or after [`invalidate`](Self::invalidate). When the server answers 401 to a request
/// that carried a provided token, the client calls `invalidate` with that token, asks for a token
/// again and repeats the request once (whatever its method: the server refused it without
/// acting on it), unless its body cannot be sent twice.
///
/// ```text
/// struct Refreshing {
///     current: std::sync::Mutex<Option<Secret>>,
///     refreshing: tokio::sync::Mutex<()>,
///     oauth: MyOAuthClient,
/// }
///
/// impl Refreshing {
///     fn cached(&self) -> Option<Secret> {
///         self.current.lock().unwrap_or_else(PoisonError::into_inner).clone()
///     }
/// }
///
/// impl TokenProvider for Refreshing {
///     fn token(&self) -> TokenFuture<'_> {
///         Box::pin(async move {
///             if let Some(token) = self.cached() {
///                 return Ok(token);
///             }
///             // One refresh at a time: calls that waited for it find the new token cached.
///             let _refreshing = self.refreshing.lock().await;
///             if let Some(token) = self.cached() {
///                 return Ok(token);
///             }
///             let token = self.oauth.refresh().await.map_err(|e| Error::Credentials(e.into()))?;
///             *self.current.lock().unwrap_or_else(PoisonError::into_inner) = Some(token.clone());
///             Ok(token)
///         })
///     }
///
///     fn invalidate(&self, rejected: &Secret) {
///         // Forget only the token the server rejected, not one a concurrent call already renewed.
///         let mut current = self.current.lock().unwrap_or_else(PoisonError::into_inner);
///         if current.as_ref() == Some(rejected) {
///             *current = None;
///         }
///     }
/// }
///
/// let client = Client::builder(base_url).auth(Auth::token_provider(Refreshing::new(oauth))).build()?;
/// ```
pub trait TokenProvider: Send + Sync {
    /// The token to send now. An error fails the call with that error, before anything is sent.
    fn token(&self) -> TokenFuture<'_>;

    /// The server refused `rejected` with 401: the next [`token`](Self::token) should return a
    /// fresh one. The default does nothing, for tokens that never change.
    fn invalidate(&self, rejected: &Secret) {
        let _ = rejected;
    }
}

/// A token that never changes is the simplest provider.
impl TokenProvider for Secret {
    fn token(&self) -> TokenFuture<'_> {
        let token = self.clone();
        Box::pin(async move { Ok(token) })
    }
}

/// A credential given to [`ClientBuilder::auth`](super::ClientBuilder::auth). Configure as many
/// as the API needs; each call sends those that satisfy the operation's security requirement.
///
/// Every security scheme of an OpenAPI spec has a constructor:
///
/// | scheme in the spec | credential |
/// |---|---|
/// | `type: http, scheme: basic` | [`Auth::basic`] |
/// | `type: http, scheme: bearer`, `oauth2`, `openIdConnect` | [`Auth::bearer`], [`Auth::developer_token`], or [`Auth::token_provider`] for tokens that expire |
/// | `type: apiKey` in a header, query parameter or cookie | [`Auth::api_key`] by scheme name, or [`Auth::token`] for all of them |
///
/// CVAT's session login is three API-key schemes that an operation requires together: the
/// `sessionid` cookie, the `csrftoken` cookie and the same CSRF token in the `X-CSRFToken` header
/// (the values come from the `Set-Cookie` headers of `POST /api/auth/login`):
///
/// ```text
/// let client = Client::builder("https://app.cvat.ai")
///     .auth(Auth::api_key("sessionAuth", session_id))
///     .auth(Auth::api_key("csrfAuth", csrf_token.clone()))
///     .auth(Auth::api_key("csrfHeaderAuth", csrf_token))
///     .build()?;
/// ```
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Auth {
    /// HTTP basic authentication.
    Basic {
        /// The user name, sent as is.
        username: String,
        /// The password.
        password: Secret,
    },
    /// `Authorization: Bearer <token>`: HTTP bearer, OAuth2 and OpenID Connect schemes.
    Bearer(Secret),
    /// A value for API-key schemes (header, query parameter or cookie). With `scheme: None` it
    /// serves every API-key scheme; with a scheme name, only that one. A scheme that declares a
    /// token prefix (`x-token-prefix: Token`) sends `<prefix> <value>`.
    ApiKey {
        /// The one scheme this key is for (its key in the spec), or `None` for every API-key scheme.
        scheme: Option<String>,
        /// The key, without any prefix the scheme declares.
        value: Secret,
    },
    /// `Authorization: Bearer <token>` with the token of a [`TokenProvider`], asked before each
    /// attempt and refreshed after a 401.
    Provider(ProvidedToken),
}

/// A shared [`TokenProvider`] inside an [`Auth`]; two are equal when they are the same provider.
#[derive(Clone)]
pub struct ProvidedToken(pub(super) Arc<dyn TokenProvider>);

impl PartialEq for ProvidedToken {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for ProvidedToken {}

impl fmt::Debug for ProvidedToken {
    /// The provider's own `Debug` might show its token, so it is never called.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TokenProvider(***)")
    }
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Auth::Basic { username, password } => {
                f.debug_struct("Basic").field("username", username).field("password", password).finish()
            }
            Auth::Bearer(token) => f.debug_tuple("Bearer").field(token).finish(),
            Auth::ApiKey { scheme, value } => {
                f.debug_struct("ApiKey").field("scheme", scheme).field("value", value).finish()
            }
            Auth::Provider(provider) => f.debug_tuple("Provider").field(provider).finish(),
        }
    }
}

impl Auth {
    /// HTTP basic authentication with a user name and a password.
    pub fn basic(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        Auth::Basic { username: username.into(), password: password.into() }
    }

    /// A bearer token, for HTTP bearer and OAuth2 schemes (CVAT's API access tokens).
    pub fn bearer(token: impl Into<Secret>) -> Self {
        Auth::Bearer(token.into())
    }

    /// A Box developer token (from the app's configuration page, valid for an hour): a bearer
    /// token for the `OAuth2Security` scheme. For tokens that must be refreshed, use
    /// [`Auth::token_provider`].
    pub fn developer_token(token: impl Into<Secret>) -> Self {
        Auth::bearer(token)
    }

    /// Bearer tokens from `provider`, for HTTP bearer and OAuth2 schemes whose tokens expire:
    /// asked before every attempt, and refreshed once when the server answers 401. A crate whose
    /// spec has `oauth2` schemes has providers for the client credentials, refresh token and
    /// authorization code grants in its `oauth2` module (Cargo feature `oauth2`).
    pub fn token_provider(provider: impl TokenProvider + 'static) -> Self {
        Auth::Provider(ProvidedToken(Arc::new(provider)))
    }

    /// Like [`Auth::token_provider`], for a provider that the caller shares.
    pub fn shared_token_provider(provider: Arc<dyn TokenProvider>) -> Self {
        Auth::Provider(ProvidedToken(provider))
    }

    /// An API key or token for any API-key scheme of the spec, with the scheme's declared prefix
    /// (CVAT's `Authorization: Token <key>`).
    pub fn token(token: impl Into<Secret>) -> Self {
        Auth::ApiKey { scheme: None, value: token.into() }
    }

    /// The value for one named API-key scheme of the spec, such as `sessionAuth` or
    /// `csrfHeaderAuth`.
    pub fn api_key(scheme: impl Into<String>, value: impl Into<Secret>) -> Self {
        Auth::ApiKey { scheme: Some(scheme.into()), value: value.into() }
    }

    fn serves(&self, scheme: &SecurityScheme) -> bool {
        match (self, &scheme.kind) {
            (Auth::Basic { .. }, SchemeKind::Basic) => true,
            (Auth::Bearer(_) | Auth::Provider(_), SchemeKind::Bearer) => true,
            (Auth::ApiKey { scheme: None, .. }, SchemeKind::ApiKey { .. }) => true,
            (Auth::ApiKey { scheme: Some(name), .. }, SchemeKind::ApiKey { .. }) => *name == scheme.name,
            _ => false,
        }
    }
}

/// Where an API key travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// What a security scheme of the spec expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemeKind {
    /// HTTP basic.
    Basic,
    /// HTTP bearer, OAuth2 or OpenID Connect: an `Authorization: Bearer` header.
    Bearer,
    /// An API key in a header, query parameter or cookie, with an optional value prefix.
    ApiKey {
        /// Where the key goes.
        location: ApiKeyLocation,
        /// The header, query parameter or cookie name.
        param: &'static str,
        /// A prefix sent before the key and a space (`x-token-prefix`, such as CVAT's `Token`).
        prefix: Option<&'static str>,
    },
}

/// A security scheme from the spec's `components/securitySchemes`.
#[derive(Debug, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The scheme's key in the spec, such as `tokenAuth`.
    pub name: &'static str,
    /// What it expects.
    pub kind: SchemeKind,
}

/// What authentication adds to one request.
#[derive(Debug, Default)]
pub(super) struct Credentials<'a> {
    pub basic: Option<(&'a str, &'a str)>,
    pub headers: Vec<(&'static str, String)>,
    pub query: Vec<(&'static str, &'a str)>,
    pub cookies: Vec<(&'static str, &'a str)>,
}

/// Picks the first alternative of `requirement` that `configured` satisfies and returns what it
/// sends; `provided` is the token of the [`TokenProvider`] that [`token_provider_for`] chose. An
/// empty alternative (`security: [{}]`) is satisfied by nothing and sends nothing; an operation
/// without any satisfied alternative is sent without credentials.
pub(super) fn credentials_for<'a>(
    configured: &'a [Auth],
    requirement: &[&[&'static SecurityScheme]],
    provided: Option<&'a Secret>,
) -> Credentials<'a> {
    let mut out = Credentials::default();
    for (scheme, auth) in chosen_alternative(configured, requirement) {
        match (auth, scheme.kind) {
            (Auth::Basic { username, password }, _) => out.basic = Some((username, password.expose())),
            (Auth::Bearer(token), _) => out.headers.push(("authorization", format!("Bearer {}", token.expose()))),
            (Auth::Provider(_), _) => {
                if let Some(token) = provided {
                    out.headers.push(("authorization", format!("Bearer {}", token.expose())));
                }
            }
            (Auth::ApiKey { value, .. }, SchemeKind::ApiKey { location, param, prefix }) => {
                let value = value.expose();
                match location {
                    ApiKeyLocation::Header => out.headers.push((
                        param,
                        match prefix {
                            Some(prefix) => format!("{prefix} {value}"),
                            None => value.to_owned(),
                        },
                    )),
                    ApiKeyLocation::Query => out.query.push((param, value)),
                    ApiKeyLocation::Cookie => out.cookies.push((param, value)),
                }
            }
            (Auth::ApiKey { .. }, _) => {}
        }
    }
    out
}

/// The token provider whose token the call sends, if the chosen alternative has one: the client
/// asks it for a token before building each attempt.
pub(super) fn token_provider_for<'a>(
    configured: &'a [Auth],
    requirement: &[&[&'static SecurityScheme]],
) -> Option<&'a Arc<dyn TokenProvider>> {
    chosen_alternative(configured, requirement).into_iter().find_map(|(_, auth)| match auth {
        Auth::Provider(provider) => Some(&provider.0),
        _ => None,
    })
}

/// The schemes of the first alternative that `configured` satisfies, each with its credential.
fn chosen_alternative<'a>(
    configured: &'a [Auth],
    requirement: &[&[&'static SecurityScheme]],
) -> Vec<(&'static SecurityScheme, &'a Auth)> {
    requirement
        .iter()
        .find_map(|alternative| {
            alternative
                .iter()
                .map(|scheme| best_credential(configured, scheme).map(|auth| (*scheme, auth)))
                .collect::<Option<Vec<_>>>()
        })
        .unwrap_or_default()
}

/// A credential named for this scheme wins over a general one.
fn best_credential<'a>(configured: &'a [Auth], scheme: &SecurityScheme) -> Option<&'a Auth> {
    let named =
        configured.iter().find(|auth| matches!(auth, Auth::ApiKey { scheme: Some(name), .. } if *name == scheme.name));
    named.or_else(|| configured.iter().find(|auth| auth.serves(scheme)))
}

#[cfg(test)]
mod tests {
    use super::*;

    static TOKEN: SecurityScheme = SecurityScheme {
        name: "tokenAuth",
        kind: SchemeKind::ApiKey { location: ApiKeyLocation::Header, param: "Authorization", prefix: Some("Token") },
    };
    static SESSION: SecurityScheme = SecurityScheme {
        name: "sessionAuth",
        kind: SchemeKind::ApiKey { location: ApiKeyLocation::Cookie, param: "sessionid", prefix: None },
    };
    static CSRF: SecurityScheme = SecurityScheme {
        name: "csrfHeaderAuth",
        kind: SchemeKind::ApiKey { location: ApiKeyLocation::Header, param: "X-CSRFToken", prefix: None },
    };
    static BASIC: SecurityScheme = SecurityScheme { name: "basicAuth", kind: SchemeKind::Basic };
    static BEARER: SecurityScheme = SecurityScheme { name: "accessTokenAuth", kind: SchemeKind::Bearer };

    #[test]
    fn first_satisfied_alternative_wins() {
        let configured = [Auth::basic("ann", "pw"), Auth::bearer("b")];
        let creds = credentials_for(&configured, &[&[&TOKEN], &[&BEARER], &[&BASIC]], None);
        assert_eq!(creds.headers, vec![("authorization", "Bearer b".to_owned())]);
        assert!(creds.basic.is_none());
    }

    #[test]
    fn token_prefix_is_sent() {
        let configured = [Auth::token("k")];
        let creds = credentials_for(&configured, &[&[&TOKEN]], None);
        assert_eq!(creds.headers, vec![("Authorization", "Token k".to_owned())]);
    }

    #[test]
    fn an_alternative_needs_all_its_schemes() {
        let configured = [Auth::api_key("sessionAuth", "s")];
        let creds = credentials_for(&configured, &[&[&SESSION, &CSRF], &[&BASIC]], None);
        assert!(creds.cookies.is_empty() && creds.headers.is_empty() && creds.basic.is_none());

        let configured = [Auth::api_key("sessionAuth", "s"), Auth::api_key("csrfHeaderAuth", "c")];
        let creds = credentials_for(&configured, &[&[&SESSION, &CSRF], &[&BASIC]], None);
        assert_eq!(creds.cookies, vec![("sessionid", "s")]);
        assert_eq!(creds.headers, vec![("X-CSRFToken", "c".to_owned())]);
    }

    #[test]
    fn empty_alternative_sends_nothing() {
        let configured = [Auth::bearer("b")];
        let creds = credentials_for(&configured, &[&[]], None);
        assert!(creds.headers.is_empty());
    }

    #[test]
    fn a_token_provider_serves_bearer_schemes_with_its_current_token() {
        let configured = [Auth::token_provider(Secret::new("p-1")), Auth::token("k")];
        let provider = token_provider_for(&configured, &[&[&BEARER]]);
        assert!(provider.is_some());
        let token = Secret::new("p-2");
        let creds = credentials_for(&configured, &[&[&BEARER]], Some(&token));
        assert_eq!(creds.headers, vec![("authorization", "Bearer p-2".to_owned())]);
        // An operation that takes the API key instead does not ask the provider.
        assert!(token_provider_for(&configured, &[&[&TOKEN], &[&BEARER]]).is_none());
        assert_eq!(Auth::developer_token("d"), Auth::bearer("d"));
    }

    #[test]
    fn secrets_are_redacted_in_debug() {
        let configured = [
            Auth::basic("ann", "pw-123"),
            Auth::bearer("tok-456"),
            Auth::token("key-789"),
            Auth::api_key("sessionAuth", "ses-012"),
            Auth::token_provider(Secret::new("prov-345")),
        ];
        let text = format!("{configured:?} {configured:#?}");
        for secret in ["pw-123", "tok-456", "key-789", "ses-012", "prov-345"] {
            assert!(!text.contains(secret), "{text}");
        }
        assert!(text.contains("ann"));
    }
}

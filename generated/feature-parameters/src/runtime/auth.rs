// @generated from templates/runtime/src/auth.rs by the generator; do not edit.
//! Credentials the user configures and the security schemes a spec declares. An operation lists
//! alternatives of schemes; the first alternative that the configured credentials satisfy is sent.
//! Secrets never appear in `Debug` output or in error messages.

use std::fmt;

/// A credential value that never shows up in `Debug` output or error messages.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
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

/// A credential given to [`ClientBuilder::auth`](super::ClientBuilder::auth). Configure as many
/// as the API needs (a session cookie and a CSRF header, say); each call sends those that satisfy
/// the operation's security requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Auth {
    /// HTTP basic authentication.
    Basic { username: String, password: Secret },
    /// `Authorization: Bearer <token>`: HTTP bearer, OAuth2 and OpenID Connect schemes.
    Bearer(Secret),
    /// A value for API-key schemes (header, query parameter or cookie). With `scheme: None` it
    /// serves every API-key scheme; with a scheme name, only that one. A scheme that declares a
    /// token prefix (`x-token-prefix: Token`) sends `<prefix> <value>`.
    ApiKey { scheme: Option<String>, value: Secret },
}

impl Auth {
    /// HTTP basic authentication with a user name and a password.
    pub fn basic(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        Auth::Basic { username: username.into(), password: password.into() }
    }

    /// A bearer token, for HTTP bearer and OAuth2 schemes.
    pub fn bearer(token: impl Into<Secret>) -> Self {
        Auth::Bearer(token.into())
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
            (Auth::Bearer(_), SchemeKind::Bearer) => true,
            (Auth::ApiKey { scheme: None, .. }, SchemeKind::ApiKey { .. }) => true,
            (Auth::ApiKey { scheme: Some(name), .. }, SchemeKind::ApiKey { .. }) => *name == scheme.name,
            _ => false,
        }
    }
}

/// Where an API key travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApiKeyLocation {
    Header,
    Query,
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
    ApiKey { location: ApiKeyLocation, param: &'static str, prefix: Option<&'static str> },
}

/// A security scheme from the spec's `components/securitySchemes`.
#[derive(Debug, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The scheme's key in the spec, such as `tokenAuth`.
    pub name: &'static str,
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
/// sends. An empty alternative (`security: [{}]`) is satisfied by nothing and sends nothing; an
/// operation without any satisfied alternative is sent without credentials.
pub(super) fn credentials_for<'a>(configured: &'a [Auth], requirement: &[&[&SecurityScheme]]) -> Credentials<'a> {
    let mut out = Credentials::default();
    let chosen = requirement.iter().find_map(|alternative| {
        alternative
            .iter()
            .map(|scheme| best_credential(configured, scheme).map(|auth| (*scheme, auth)))
            .collect::<Option<Vec<_>>>()
    });
    for (scheme, auth) in chosen.unwrap_or_default() {
        match (auth, scheme.kind) {
            (Auth::Basic { username, password }, _) => out.basic = Some((username, password.expose())),
            (Auth::Bearer(token), _) => out.headers.push(("authorization", format!("Bearer {}", token.expose()))),
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
        let creds = credentials_for(&configured, &[&[&TOKEN], &[&BEARER], &[&BASIC]]);
        assert_eq!(creds.headers, vec![("authorization", "Bearer b".to_owned())]);
        assert!(creds.basic.is_none());
    }

    #[test]
    fn token_prefix_is_sent() {
        let configured = [Auth::token("k")];
        let creds = credentials_for(&configured, &[&[&TOKEN]]);
        assert_eq!(creds.headers, vec![("Authorization", "Token k".to_owned())]);
    }

    #[test]
    fn an_alternative_needs_all_its_schemes() {
        let configured = [Auth::api_key("sessionAuth", "s")];
        let creds = credentials_for(&configured, &[&[&SESSION, &CSRF], &[&BASIC]]);
        assert!(creds.cookies.is_empty() && creds.headers.is_empty() && creds.basic.is_none());

        let configured = [Auth::api_key("sessionAuth", "s"), Auth::api_key("csrfHeaderAuth", "c")];
        let creds = credentials_for(&configured, &[&[&SESSION, &CSRF], &[&BASIC]]);
        assert_eq!(creds.cookies, vec![("sessionid", "s")]);
        assert_eq!(creds.headers, vec![("X-CSRFToken", "c".to_owned())]);
    }

    #[test]
    fn empty_alternative_sends_nothing() {
        let configured = [Auth::bearer("b")];
        let creds = credentials_for(&configured, &[&[]]);
        assert!(creds.headers.is_empty());
    }

    #[test]
    fn secrets_are_redacted_in_debug() {
        let text = format!("{:?}", [Auth::basic("ann", "pw-123"), Auth::bearer("tok-456"), Auth::token("key-789")]);
        assert!(!text.contains("pw-123") && !text.contains("tok-456") && !text.contains("key-789"), "{text}");
        assert!(text.contains("ann"));
    }
}

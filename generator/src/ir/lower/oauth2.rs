//! The flows of `oauth2` security schemes: their URLs (a relative one resolved against the first
//! server, as OpenAPI specifies) and scopes, and the name of each scheme's module under `oauth2::`.

use openapiv3::OAuth2Flows;

use super::Lowerer;
use crate::ir::naming::{Candidate, Case, Scope, places};
use crate::ir::{OAuth2, OAuth2Flow, OAuth2Grant};
use crate::pointer::JsonPointer;

impl Lowerer<'_> {
    /// The flows of the `oauth2` scheme `key` at `at`, in the order of [`OAuth2Grant::ALL`].
    pub(super) fn oauth2(&mut self, key: &str, flows: &OAuth2Flows, at: &JsonPointer) -> OAuth2 {
        let module = self.namer.add(Candidate {
            scope: Scope::OAuth2Modules,
            at: at.clone(),
            wanted: places::oauth2_module(key),
            case: Case::Snake,
            pinned: false,
            rank: 1,
            suffixes: places::collision::owned(places::collision::OAUTH2_MODULE),
        });
        let server = self.spec.doc.servers.first().map(|server| server.url.clone());
        let mut lowered = Vec::new();
        for grant in OAuth2Grant::ALL {
            // (authorizationUrl, tokenUrl, refreshUrl, scopes) of the flow, if declared.
            let declared = match grant {
                OAuth2Grant::AuthorizationCode => flows
                    .authorization_code
                    .as_ref()
                    .map(|f| (Some(&f.authorization_url), Some(&f.token_url), f.refresh_url.as_ref(), &f.scopes)),
                OAuth2Grant::ClientCredentials => flows
                    .client_credentials
                    .as_ref()
                    .map(|f| (None, Some(&f.token_url), f.refresh_url.as_ref(), &f.scopes)),
                OAuth2Grant::Password => {
                    flows.password.as_ref().map(|f| (None, Some(&f.token_url), f.refresh_url.as_ref(), &f.scopes))
                }
                OAuth2Grant::Implicit => flows
                    .implicit
                    .as_ref()
                    .map(|f| (Some(&f.authorization_url), None, f.refresh_url.as_ref(), &f.scopes)),
            };
            let Some((authorization_url, token_url, refresh_url, scopes)) = declared else { continue };
            let flow_at = at.join("flows").join(grant.spec_name());
            let mut absolute = |field: &str, url: Option<&String>| {
                let url = url?;
                Some(resolve_url(url, server.as_deref()).unwrap_or_else(|| {
                    self.warn(
                        &flow_at.join(field),
                        format!(
                            "`{field}` `{url}` is relative and the spec has no absolute server URL to resolve it \
                             against; it is kept as written, so providers need the URL set in code"
                        ),
                    );
                    url.clone()
                }))
            };
            lowered.push(OAuth2Flow {
                grant,
                authorization_url: absolute("authorizationUrl", authorization_url),
                token_url: absolute("tokenUrl", token_url),
                refresh_url: absolute("refreshUrl", refresh_url),
                scopes: scopes.iter().map(|(name, description)| (name.clone(), description.clone())).collect(),
            });
        }
        OAuth2 { module, flows: lowered }
    }
}

/// `url` made absolute: as it is when it has a scheme, else resolved against `base` (RFC 3986
/// section 5.2: a network-path, absolute-path or relative-path reference). `None` when it is
/// relative and `base` is missing or relative itself.
fn resolve_url(url: &str, base: Option<&str>) -> Option<String> {
    if has_scheme(url) {
        return Some(url.to_owned());
    }
    let (scheme, rest) = base.filter(|base| has_scheme(base))?.split_once("://")?;
    if let Some(network_path) = url.strip_prefix("//") {
        return Some(format!("{scheme}://{network_path}"));
    }
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    if url.starts_with('/') {
        return Some(format!("{scheme}://{authority}{url}"));
    }
    // A relative path replaces the last segment of the base's path.
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let directory = path.rfind('/').map_or("/", |slash| &path[..=slash]);
    Some(format!("{scheme}://{authority}{directory}{url}"))
}

/// Whether `url` starts with a scheme (`https:`).
fn has_scheme(url: &str) -> bool {
    url.split_once(':').is_some_and(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_urls_resolve_against_the_server() {
        let cases = [
            ("https://auth.example/token", Some("https://api.example/v1"), Some("https://auth.example/token")),
            ("/oauth2/token", Some("https://api.box.com/2.0"), Some("https://api.box.com/oauth2/token")),
            ("token", Some("https://api.example.com/v1/"), Some("https://api.example.com/v1/token")),
            ("token", Some("https://api.example.com/v1"), Some("https://api.example.com/token")),
            ("token", Some("https://api.example.com"), Some("https://api.example.com/token")),
            ("token", Some("http://localhost:8000/api?x=1"), Some("http://localhost:8000/token")),
            ("//auth.example.com/t", Some("https://api.example.com"), Some("https://auth.example.com/t")),
            ("token", Some("/api"), None),
            ("token", None, None),
        ];
        for (url, base, want) in cases {
            assert_eq!(resolve_url(url, base).as_deref(), want, "{url} against {base:?}");
        }
    }
}

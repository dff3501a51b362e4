//! What an `oauth2` security scheme declares: its flows with their URLs and scopes. The scheme is a
//! bearer token on the wire; these facts feed the generated `oauth2` module (its constants and the
//! constructors of the runtime's token providers preset with them).

use super::{Api, NameId};

impl Api {
    /// Whether the spec has an `oauth2` scheme: the crate then has an `oauth2` module of token
    /// providers, and carries the runtime's.
    pub fn has_oauth2(&self) -> bool {
        self.schemes.iter().any(|scheme| scheme.oauth2.is_some())
    }
}

/// The flows of an `oauth2` scheme, and the module under `oauth2::` that holds them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OAuth2 {
    /// The scheme's module under `oauth2::` (`oauth2_security` for Box's `OAuth2Security`).
    pub module: NameId,
    /// The declared flows, in the order of [`OAuth2Grant::ALL`].
    pub flows: Vec<OAuth2Flow>,
}

/// One flow of an `oauth2` scheme (`flows/clientCredentials`, ...). URLs are absolute: a relative
/// one is resolved against the first server URL when lowering (and kept as written, with a warning,
/// when there is none to resolve it against).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OAuth2Flow {
    /// Which grant the flow is.
    pub grant: OAuth2Grant,
    /// `authorizationUrl` (implicit and authorization code flows).
    pub authorization_url: Option<String>,
    /// `tokenUrl` (every flow but implicit).
    pub token_url: Option<String>,
    /// `refreshUrl`, when the flow names one.
    pub refresh_url: Option<String>,
    /// `scopes`: name and description, in spec order.
    pub scopes: Vec<(String, String)>,
}

/// The four grants an OpenAPI `oauth2` scheme can declare (RFC 6749 section 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum OAuth2Grant {
    /// `authorizationCode`: a user authorizes in the browser, the app exchanges the code.
    AuthorizationCode,
    /// `clientCredentials`: the app's own token from its client id and secret.
    ClientCredentials,
    /// `password`: a user's name and password traded for a token.
    Password,
    /// `implicit`: the token in the redirect itself (no token endpoint).
    Implicit,
}

impl OAuth2Grant {
    /// Every grant, in the order flows are kept and looked up in.
    pub const ALL: [OAuth2Grant; 4] =
        [OAuth2Grant::AuthorizationCode, OAuth2Grant::ClientCredentials, OAuth2Grant::Password, OAuth2Grant::Implicit];

    /// The key under `flows` in the spec.
    pub fn spec_name(self) -> &'static str {
        match self {
            OAuth2Grant::AuthorizationCode => "authorizationCode",
            OAuth2Grant::ClientCredentials => "clientCredentials",
            OAuth2Grant::Password => "password",
            OAuth2Grant::Implicit => "implicit",
        }
    }
}

impl OAuth2 {
    /// The flow of `grant`, if the scheme declares it.
    pub fn flow(&self, grant: OAuth2Grant) -> Option<&OAuth2Flow> {
        self.flows.iter().find(|flow| flow.grant == grant)
    }

    /// The scheme's token endpoint: the `tokenUrl` of the first flow that has one, with the flow.
    pub fn token_url(&self) -> Option<(&str, OAuth2Grant)> {
        self.flows.iter().find_map(|flow| Some((flow.token_url.as_deref()?, flow.grant)))
    }

    /// Where a provider of `grant` asks for tokens: its own flow's `tokenUrl`, or else the
    /// scheme's (an API may accept a grant its spec does not list at the same endpoint, as
    /// Box does with client credentials).
    pub fn token_url_for(&self, grant: OAuth2Grant) -> Option<&str> {
        self.flow(grant).and_then(|flow| flow.token_url.as_deref()).or_else(|| Some(self.token_url()?.0))
    }

    /// Where users are sent to authorize: the authorization code flow's `authorizationUrl`.
    pub fn authorization_url(&self) -> Option<&str> {
        self.flow(OAuth2Grant::AuthorizationCode)?.authorization_url.as_deref()
    }

    /// The first `refreshUrl` a flow with a token endpoint declares, with the flow.
    pub fn refresh_url(&self) -> Option<(&str, OAuth2Grant)> {
        self.flows
            .iter()
            .filter(|flow| flow.token_url.is_some())
            .find_map(|flow| Some((flow.refresh_url.as_deref()?, flow.grant)))
    }

    /// Every scope any flow declares, once, with the first description given.
    pub fn scopes(&self) -> Vec<(&str, &str)> {
        let mut scopes: Vec<(&str, &str)> = Vec::new();
        for (name, description) in self.flows.iter().flat_map(|flow| &flow.scopes) {
            if !scopes.iter().any(|(seen, _)| seen == name) {
                scopes.push((name, description));
            }
        }
        scopes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::naming::{Case, Namer, Scope};
    use crate::pointer::JsonPointer;

    fn module() -> NameId {
        Namer::default().simple(Scope::OAuth2Modules, &JsonPointer::root(), "scheme", Case::Snake)
    }

    fn flow(grant: OAuth2Grant, token: Option<&str>, refresh: Option<&str>, scopes: &[&str]) -> OAuth2Flow {
        OAuth2Flow {
            grant,
            authorization_url: Some("https://a.example/authorize".to_owned()),
            token_url: token.map(str::to_owned),
            refresh_url: refresh.map(str::to_owned),
            scopes: scopes.iter().map(|s| ((*s).to_owned(), format!("{s} ({})", grant.spec_name()))).collect(),
        }
    }

    #[test]
    fn grants_fall_back_to_the_schemes_token_endpoint() {
        let box_like = OAuth2 {
            module: module(),
            flows: vec![flow(OAuth2Grant::AuthorizationCode, Some("https://t.example/token"), None, &["read"])],
        };
        assert_eq!(box_like.token_url(), Some(("https://t.example/token", OAuth2Grant::AuthorizationCode)));
        assert_eq!(box_like.token_url_for(OAuth2Grant::ClientCredentials), Some("https://t.example/token"));
        assert_eq!(box_like.authorization_url(), Some("https://a.example/authorize"));
        assert_eq!(box_like.refresh_url(), None);

        let several = OAuth2 {
            module: module(),
            flows: vec![
                flow(OAuth2Grant::ClientCredentials, Some("https://t.example/cc"), Some("https://t.example/r"), &["b"]),
                flow(OAuth2Grant::Password, Some("https://t.example/pw"), None, &["a", "b"]),
                flow(OAuth2Grant::Implicit, None, Some("https://t.example/implicit"), &["c"]),
            ],
        };
        assert_eq!(several.token_url_for(OAuth2Grant::Password), Some("https://t.example/pw"));
        assert_eq!(several.token_url_for(OAuth2Grant::AuthorizationCode), Some("https://t.example/cc"));
        assert_eq!(several.authorization_url(), None);
        assert_eq!(several.refresh_url(), Some(("https://t.example/r", OAuth2Grant::ClientCredentials)));
        assert_eq!(several.scopes(), [("b", "b (clientCredentials)"), ("a", "a (password)"), ("c", "c (implicit)")]);

        let implicit_only = OAuth2 { module: module(), flows: vec![flow(OAuth2Grant::Implicit, None, None, &[])] };
        assert_eq!(implicit_only.token_url_for(OAuth2Grant::ClientCredentials), None);
    }
}

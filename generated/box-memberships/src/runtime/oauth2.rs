// @generated from templates/runtime/src/oauth2.rs by the generator; do not edit.
//! OAuth2 token providers (RFC 6749) for the spec's `oauth2` schemes: client credentials, refresh
//! token, and the authorization code flow with PKCE (RFC 7636). Each is a [`TokenProvider`] that
//! caches its access token, renews it shortly before it expires and after a 401, one renewal at a
//! time, and keeps every token and secret out of `Debug` output and error messages.
//!
//! The generated crate's `oauth2` module has, for each `oauth2` scheme of the spec, the scheme's
//! URLs and scopes and constructors of these providers preset with them.

use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use url::Url;

use super::auth::{Secret, TokenFuture, TokenProvider};
use super::error::Error;

/// How long one request to the token endpoint may take unless a provider says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// How long before its expiry an access token is renewed unless a provider says otherwise. A token
/// that lives less than twice this long is renewed halfway through its life instead.
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// How the client (the application) proves who it is to the token endpoint (RFC 6749 section 2.3.1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClientAuth {
    /// `client_id` and `client_secret` as form fields of the request body (`client_secret_post`),
    /// as Box expects. The default.
    #[default]
    RequestBody,
    /// HTTP basic authentication with the form-encoded client id and secret (`client_secret_basic`).
    /// A client without a secret still sends its `client_id` in the body.
    Basic,
}

/// A function that receives every new refresh token a token endpoint issues.
type RefreshTokenCallback = Arc<dyn Fn(&Secret) + Send + Sync>;

/// What every provider knows about the token endpoint and the client.
struct Endpoint {
    token_url: String,
    client_id: String,
    client_secret: Option<Secret>,
    client_auth: ClientAuth,
    scopes: Vec<String>,
    extra_fields: Vec<(String, String)>,
    timeout: Duration,
    refresh_margin: Duration,
    /// The caller's HTTP client, or the one built at the first token request.
    http: Mutex<Option<reqwest::Client>>,
}

impl Endpoint {
    fn new(token_url: String, client_id: String, client_secret: Option<Secret>) -> Self {
        Endpoint {
            token_url,
            client_id,
            client_secret,
            client_auth: ClientAuth::default(),
            scopes: Vec::new(),
            extra_fields: Vec::new(),
            timeout: DEFAULT_TIMEOUT,
            refresh_margin: DEFAULT_REFRESH_MARGIN,
            http: Mutex::new(None),
        }
    }

    /// The same settings; the HTTP client (a handle on a shared pool) too.
    fn clone_settings(&self) -> Self {
        Endpoint {
            token_url: self.token_url.clone(),
            client_id: self.client_id.clone(),
            client_secret: self.client_secret.clone(),
            client_auth: self.client_auth,
            scopes: self.scopes.clone(),
            extra_fields: self.extra_fields.clone(),
            timeout: self.timeout,
            refresh_margin: self.refresh_margin,
            http: Mutex::new(self.http.lock().unwrap_or_else(PoisonError::into_inner).clone()),
        }
    }

    fn http(&self) -> Result<reqwest::Client, TokenError> {
        let mut http = self.http.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(client) = http.as_ref() {
            return Ok(client.clone());
        }
        let client = reqwest::Client::builder()
            .user_agent(concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| TokenError::Transport(Arc::new(e)))?;
        *http = Some(client.clone());
        Ok(client)
    }

    /// The `scope` field: the requested scopes, space-separated (RFC 6749 section 3.3).
    fn scope(&self) -> Option<String> {
        (!self.scopes.is_empty()).then(|| self.scopes.join(" "))
    }

    /// POSTs `grant` (with the extra fields and the client's credentials) to the token endpoint
    /// and reads the token response. `secrets` are the grant's own secrets (a refresh token, a
    /// code, a verifier): like the client secret, they are redacted from any error.
    async fn request(&self, grant: &[(&str, &str)], secrets: &[&str]) -> Result<Granted, TokenError> {
        let url = Url::parse(&self.token_url)
            .map_err(|e| TokenError::Setup(format!("the token URL `{}` is not a valid URL: {e}", self.token_url)))?;
        let mut request = self.http()?.post(url).timeout(self.timeout).header(ACCEPT, "application/json");
        // The form is built in a block of its own: its serializer may not be held across an await.
        let body = {
            let mut form = url::form_urlencoded::Serializer::new(String::new());
            form.extend_pairs(grant);
            form.extend_pairs(&self.extra_fields);
            match (self.client_auth, &self.client_secret) {
                (ClientAuth::Basic, Some(secret)) => {
                    // RFC 6749 section 2.3.1: both are form-encoded before they are joined.
                    request = request.basic_auth(form_encode(&self.client_id), Some(form_encode(secret.expose())));
                }
                (_, secret) => {
                    form.append_pair("client_id", &self.client_id);
                    if let Some(secret) = secret {
                        form.append_pair("client_secret", secret.expose());
                    }
                }
            }
            form.finish()
        };
        let response = request
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .map_err(|e| TokenError::Transport(Arc::new(e)))?;
        let status = response.status();
        let body = response.bytes().await.map_err(|e| TokenError::Transport(Arc::new(e)))?;
        let mut secrets = secrets.to_vec();
        secrets.extend(self.client_secret.as_ref().map(Secret::expose));
        if !status.is_success() {
            return Err(TokenError::Endpoint(Box::new(EndpointError::new(status, &body, &secrets))));
        }
        Granted::parse(&body).map_err(|reason| {
            TokenError::Malformed(Box::new(MalformedResponse { status, reason, body: redact(&body, &secrets) }))
        })
    }
}

impl fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Extra field values are left out: a caller may put a credential there.
        let extra_fields: Vec<&str> = self.extra_fields.iter().map(|(name, _)| name.as_str()).collect();
        f.debug_struct("Endpoint")
            .field("token_url", &self.token_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("client_auth", &self.client_auth)
            .field("scopes", &self.scopes)
            .field("extra_fields", &extra_fields)
            .field("timeout", &self.timeout)
            .field("refresh_margin", &self.refresh_margin)
            .finish()
    }
}

/// `application/x-www-form-urlencoded` encoding of one value.
fn form_encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// A successful token response (RFC 6749 section 5.1).
struct Granted {
    access_token: Secret,
    refresh_token: Option<Secret>,
    expires_in: Option<Duration>,
}

impl Granted {
    /// Reads the fields by hand from a JSON object, so that no error message quotes a value (serde's
    /// type errors do, and a value here may be a token).
    fn parse(body: &[u8]) -> Result<Granted, String> {
        // Into a `Value`, serde_json fails only on syntax, and its syntax errors quote nothing.
        let value: serde_json::Value =
            serde_json::from_slice(body).map_err(|e| format!("the body is not JSON: {e}"))?;
        let object = value.as_object().ok_or("the body is not a JSON object")?;
        let text = |name: &str| match object.get(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(text)) => Ok(Some(text.clone())),
            Some(_) => Err(format!("`{name}` is not a string")),
        };
        let access_token = text("access_token")?.ok_or("`access_token` is missing")?;
        if access_token.is_empty() {
            return Err("`access_token` is empty".to_owned());
        }
        // The token is sent as `Authorization: Bearer`, so another kind of token would be refused.
        if let Some(kind) = text("token_type")?
            && !kind.eq_ignore_ascii_case("bearer")
        {
            let shown: String = kind.chars().filter(char::is_ascii_alphanumeric).take(20).collect();
            return Err(format!("`token_type` is `{shown}`, not `bearer`"));
        }
        // Some servers send the lifetime as a string of digits.
        let expires_in = match object.get("expires_in") {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::Number(n)) => {
                Some(n.as_u64().ok_or("`expires_in` is not a whole number of seconds")?)
            }
            Some(serde_json::Value::String(s)) => {
                Some(s.trim().parse().map_err(|_| "`expires_in` is not a whole number of seconds")?)
            }
            Some(_) => return Err("`expires_in` is not a whole number of seconds".to_owned()),
        };
        Ok(Granted {
            access_token: Secret::new(access_token),
            refresh_token: text("refresh_token")?.filter(|t| !t.is_empty()).map(Secret::new),
            expires_in: expires_in.map(Duration::from_secs),
        })
    }
}

/// Words a JSON key or form field has when its value is a credential.
const SENSITIVE_KEY_WORDS: &[&str] = &["token", "secret", "password", "verifier", "assertion"];

fn is_sensitive_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    SENSITIVE_KEY_WORDS.iter().any(|word| key.contains(word))
}

/// The body as text with every secret of the request replaced by `***` (as sent and form-encoded),
/// and the values of JSON keys and form fields named like credentials (`access_token`,
/// `refreshToken`, `client_secret`) too, since a server may echo or issue one.
fn redact(body: &[u8], secrets: &[&str]) -> String {
    let text = replace_secrets(&String::from_utf8_lossy(body), secrets);
    if text.trim_start().starts_with(['{', '[']) { redact_json_values(&text) } else { redact_form_values(&text) }
}

/// `text` with each of `secrets` replaced by `***`, as sent and form-encoded.
fn replace_secrets(text: &str, secrets: &[&str]) -> String {
    let mut text = text.to_owned();
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        text = text.replace(secret, "***");
        let encoded = form_encode(secret);
        if encoded != *secret {
            text = text.replace(&encoded, "***");
        }
    }
    text
}

/// Replaces the value after each sensitive key of JSON text, even when the text is cut short.
fn redact_json_values(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    // Set after a sensitive key and its colon: the next value is replaced.
    let mut redact_next = false;
    while let Some((start, c)) = chars.next() {
        if c == '"' {
            let mut end = text.len();
            let mut escaped = false;
            for (i, c) in chars.by_ref() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => {
                        end = i + 1;
                        break;
                    }
                    _ => {}
                }
            }
            let string = &text[start..end];
            if redact_next {
                out.push_str("\"***\"");
                redact_next = false;
                continue;
            }
            out.push_str(string);
            // A string followed by a colon is a key.
            let rest = text[end..].trim_start();
            if rest.starts_with(':') && is_sensitive_key(string.trim_matches('"')) {
                redact_next = true;
            }
        } else if redact_next && matches!(c, '{' | '[') {
            // A container is not dropped whole; the keys inside are judged one by one.
            out.push(c);
            redact_next = false;
        } else if redact_next && !c.is_whitespace() && c != ':' {
            // A value that is not a string (a number, `true`): drop it up to the next delimiter.
            while chars.next_if(|(_, c)| !matches!(c, ',' | '}' | ']') && !c.is_whitespace()).is_some() {}
            out.push_str("***");
            redact_next = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Replaces the value of each sensitive `name=value` pair of a form-encoded (or plain) body.
fn redact_form_values(text: &str) -> String {
    text.split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) if is_sensitive_key(name) => format!("{name}=***"),
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The token endpoint answered with an error status (RFC 6749 section 5.2).
#[derive(Clone, Debug)]
pub struct EndpointError {
    /// The response status.
    pub status: StatusCode,
    /// The OAuth2 error code (`invalid_grant`, `invalid_client`, ...), when the body is an OAuth2
    /// error response.
    pub error: Option<String>,
    /// `error_description`: the server's explanation, for people.
    pub description: Option<String>,
    /// `error_uri`: a page about the error.
    pub uri: Option<String>,
    /// The response body as text, with the secrets of the request and the values of fields named
    /// like credentials replaced by `***`.
    pub body: String,
}

impl EndpointError {
    fn new(status: StatusCode, body: &Bytes, secrets: &[&str]) -> Self {
        let parsed: Option<serde_json::Value> = serde_json::from_slice(body).ok();
        let field = |name: &str| Some(replace_secrets(parsed.as_ref()?.get(name)?.as_str()?, secrets));
        EndpointError {
            status,
            error: field("error"),
            description: field("error_description"),
            uri: field("error_uri"),
            body: redact(body, secrets),
        }
    }
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the token endpoint answered HTTP {}", self.status)?;
        match (&self.error, &self.description) {
            (Some(error), Some(description)) => write!(f, ": {error}: {description}"),
            (Some(error), None) => write!(f, ": {error}"),
            (None, _) => write_excerpt(f, &self.body),
        }
    }
}

/// The token endpoint answered with a success status, but not with a usable token response.
#[derive(Clone, Debug)]
pub struct MalformedResponse {
    /// The response status.
    pub status: StatusCode,
    /// What is wrong with it, without quoting any value.
    pub reason: String,
    /// The response body as text, with the secrets of the request and the values of fields named
    /// like credentials replaced by `***`.
    pub body: String,
}

impl fmt::Display for MalformedResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The body is not quoted: a token under an unexpected name would not be redacted.
        write!(f, "the token endpoint's HTTP {} answer is not a token response: {}", self.status, self.reason)
    }
}

/// How much of a body an error message quotes.
const EXCERPT_CHARS: usize = 200;

fn write_excerpt(f: &mut fmt::Formatter<'_>, body: &str) -> fmt::Result {
    let body = body.trim();
    if body.is_empty() {
        return Ok(());
    }
    let mut excerpt: String = body.chars().take(EXCERPT_CHARS).collect();
    if body.chars().nth(EXCERPT_CHARS).is_some() {
        excerpt.push('…');
    }
    write!(f, ": {excerpt}")
}

/// Why an OAuth2 token could not be obtained. No variant holds a token or a client secret: response
/// bodies are kept with them replaced by `***`.
///
/// A call whose provider fails returns [`Error::Credentials`] with this inside; [`TokenError::of`]
/// finds it. Calls that waited for the same failed renewal each get a copy (hence `Clone`, and the
/// `Arc` around the transport error).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum TokenError {
    /// The token endpoint refused: an error status, with the OAuth2 error of the body.
    Endpoint(Box<EndpointError>),
    /// The token endpoint answered with a success status, but not with a usable token.
    Malformed(Box<MalformedResponse>),
    /// No answer from the token endpoint: connection refused, TLS failure, or the timeout
    /// (`is_timeout()`).
    Transport(Arc<reqwest::Error>),
    /// The authorization server sent the user back with an error instead of a code (RFC 6749
    /// section 4.1.2.1), such as `access_denied`.
    Authorization {
        /// The OAuth2 error code.
        error: String,
        /// `error_description`, when the server sent one.
        description: Option<String>,
    },
    /// The `state` of the redirect is not the one of the authorization request: the redirect is
    /// not the answer to this request (a forged link or an old browser tab), and is not used.
    StateMismatch,
    /// The redirect URL is neither a code nor an error.
    Redirect(String),
    /// The access token expired or was refused, and there is no refresh token to get another: the
    /// user has to authorize again.
    NoRefreshToken,
    /// The request could not be made: an invalid URL, or no randomness from the system.
    Setup(String),
}

impl TokenError {
    /// The `TokenError` inside a call's [`Error::Credentials`], if that is what failed the call.
    pub fn of(error: &Error) -> Option<&TokenError> {
        match error {
            Error::Credentials(source) => source.downcast_ref(),
            _ => None,
        }
    }

    /// The OAuth2 error code of an error response or an authorization redirect
    /// (`invalid_grant`, `access_denied`, ...).
    pub fn oauth2_error(&self) -> Option<&str> {
        match self {
            TokenError::Endpoint(e) => e.error.as_deref(),
            TokenError::Authorization { error, .. } => Some(error),
            _ => None,
        }
    }
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenError::Endpoint(e) => e.fmt(f),
            TokenError::Malformed(e) => e.fmt(f),
            TokenError::Transport(e) => write!(f, "the token request failed: {e}"),
            TokenError::Authorization { error, description: Some(description) } => {
                write!(f, "the authorization server refused: {error}: {description}")
            }
            TokenError::Authorization { error, description: None } => {
                write!(f, "the authorization server refused: {error}")
            }
            TokenError::StateMismatch => {
                f.write_str("the redirect's `state` is not the one of the authorization request; it was not used")
            }
            TokenError::Redirect(message) | TokenError::Setup(message) => f.write_str(message),
            TokenError::NoRefreshToken => {
                f.write_str("the access token expired or was refused and there is no refresh token: authorize again")
            }
        }
    }
}

impl std::error::Error for TokenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TokenError::Transport(e) => Some(&**e),
            _ => None,
        }
    }
}

/// An access token and when to renew it.
struct Access {
    token: Secret,
    /// `None` when the server did not say when it expires: it is used until refused.
    renew_at: Option<Instant>,
}

/// The tokens a provider holds, and the lock that lets one renewal run at a time.
struct Cache {
    access: Mutex<Option<Access>>,
    refresh_token: Mutex<Option<Secret>>,
    renewing: tokio::sync::Mutex<()>,
    renewals: Mutex<Renewals>,
}

/// The renewals a provider has made: how many, and how the last one failed, if it did.
#[derive(Default)]
struct Renewals {
    finished: u64,
    failed: Option<TokenError>,
}

impl Cache {
    fn new(access: Option<Access>, refresh_token: Option<Secret>) -> Self {
        Cache {
            access: Mutex::new(access),
            refresh_token: Mutex::new(refresh_token),
            renewing: tokio::sync::Mutex::new(()),
            renewals: Mutex::new(Renewals::default()),
        }
    }

    /// The cached access token, unless it is due for renewal.
    fn fresh(&self) -> Option<Secret> {
        let access = self.access.lock().unwrap_or_else(PoisonError::into_inner);
        let access = access.as_ref()?;
        match access.renew_at {
            Some(at) if Instant::now() >= at => None,
            _ => Some(access.token.clone()),
        }
    }

    /// The cached token if fresh; otherwise one renewal, which callers arriving meanwhile wait for
    /// and then share.
    async fn get_or_renew<F>(&self, renew: impl FnOnce() -> F) -> Result<Secret, Error>
    where
        F: Future<Output = Result<Secret, TokenError>>,
    {
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        let seen = self.renewals.lock().unwrap_or_else(PoisonError::into_inner).finished;
        let _one_at_a_time = self.renewing.lock().await;
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        // A renewal that this call waited for failed: the call fails with it rather than ask a
        // failing endpoint again at once (five calls would otherwise wait out five timeouts).
        if let Some(failed) = self.failure_since(seen) {
            return Err(Error::Credentials(Box::new(failed)));
        }
        let renewed = renew().await;
        self.record(renewed.as_ref().err());
        renewed.map_err(|e| Error::Credentials(Box::new(e)))
    }

    /// The failure of the last renewal, if it failed and finished after the `seen`-th.
    fn failure_since(&self, seen: u64) -> Option<TokenError> {
        let renewals = self.renewals.lock().unwrap_or_else(PoisonError::into_inner);
        if renewals.finished == seen { None } else { renewals.failed.clone() }
    }

    fn record(&self, failed: Option<&TokenError>) {
        let mut renewals = self.renewals.lock().unwrap_or_else(PoisonError::into_inner);
        renewals.finished += 1;
        renewals.failed = failed.cloned();
    }

    /// Caches a new access token, to be renewed `margin` before it expires (halfway through a short
    /// life). The lifetime counts from `sent_at`, when the request left, to stay on the safe side.
    fn store(&self, granted: &Granted, sent_at: Instant, margin: Duration) -> Secret {
        // A lifetime too long for the clock is no expiry at all.
        let renew_at = granted.expires_in.and_then(|life| sent_at.checked_add(life - margin.min(life / 2)));
        let token = granted.access_token.clone();
        *self.access.lock().unwrap_or_else(PoisonError::into_inner) = Some(Access { token: token.clone(), renew_at });
        token
    }

    /// Forgets `rejected` unless a renewal has replaced it already.
    fn forget(&self, rejected: &Secret) {
        let mut access = self.access.lock().unwrap_or_else(PoisonError::into_inner);
        if access.as_ref().is_some_and(|a| a.token == *rejected) {
            *access = None;
        }
    }

    fn refresh_token(&self) -> Option<Secret> {
        self.refresh_token.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    fn set_refresh_token(&self, token: Secret) {
        *self.refresh_token.lock().unwrap_or_else(PoisonError::into_inner) = Some(token);
    }
}

impl fmt::Debug for Cache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let access = self.access.lock().unwrap_or_else(PoisonError::into_inner);
        f.debug_struct("Cache")
            .field("access_token", &access.as_ref().map(|a| &a.token))
            .field("refresh_token", &self.refresh_token())
            .finish()
    }
}

/// The setters every provider shares; `$what` names the requests the scopes go to.
macro_rules! endpoint_setters {
    ($what:literal) => {
        /// Replaces the token endpoint's URL (the spec's `tokenUrl` in the generated constructors).
        pub fn token_url(mut self, url: impl Into<String>) -> Self {
            self.endpoint.token_url = url.into();
            self
        }

        #[doc = concat!("Asks for `scope` ", $what, ": call once per scope; they are sent space-separated.")]
        /// The spec's scopes are listed in the generated `oauth2::<scheme>::SCOPES`.
        pub fn scope(mut self, scope: impl Into<String>) -> Self {
            self.endpoint.scopes.push(scope.into());
            self
        }

        /// A form field sent with every token request besides the grant's own, such as Box's
        /// `box_subject_type` and `box_subject_id`. Its value is not shown by `Debug`.
        pub fn extra_field(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
            self.endpoint.extra_fields.push((name.into(), value.into()));
            self
        }

        /// How the client id and secret are sent (default [`ClientAuth::RequestBody`]).
        pub fn client_auth(mut self, how: ClientAuth) -> Self {
            self.endpoint.client_auth = how;
            self
        }

        /// Sends token requests with this `reqwest::Client` (proxies, custom TLS roots) rather
        /// than one of the provider's own. The provider's timeout still applies to each request.
        pub fn http_client(mut self, http: reqwest::Client) -> Self {
            self.endpoint.http = Mutex::new(Some(http));
            self
        }

        /// How long one token request may take, from connecting to the end of the response
        /// (default [`DEFAULT_TIMEOUT`]). Token requests are not retried: a failure fails the
        /// call that needed the token, before it is sent.
        pub fn timeout(mut self, timeout: Duration) -> Self {
            self.endpoint.timeout = timeout;
            self
        }

        /// How long before its expiry an access token is renewed (default
        /// [`DEFAULT_REFRESH_MARGIN`]; a token that lives less than twice as long is renewed
        /// halfway through its life).
        pub fn refresh_margin(mut self, margin: Duration) -> Self {
            self.endpoint.refresh_margin = margin;
            self
        }
    };
}

/// The client credentials grant (RFC 6749 section 4.4): the application's own token, from its
/// client id and secret, fetched again whenever it is about to expire or is refused. Box's
/// server-side apps use it with `box_subject_type` and `box_subject_id` fields.
///
/// ```text
/// let provider = ClientCredentials::new("https://api.box.com/oauth2/token", client_id, client_secret)
///     .extra_field("box_subject_type", "enterprise")
///     .extra_field("box_subject_id", enterprise_id);
/// let client = Client::builder(base_url).auth(Auth::token_provider(provider)).build()?;
/// ```
pub struct ClientCredentials {
    endpoint: Endpoint,
    cache: Cache,
}

impl ClientCredentials {
    /// A provider that asks `token_url` for tokens as the client `client_id`.
    pub fn new(token_url: impl Into<String>, client_id: impl Into<String>, client_secret: impl Into<Secret>) -> Self {
        ClientCredentials {
            endpoint: Endpoint::new(token_url.into(), client_id.into(), Some(client_secret.into())),
            cache: Cache::new(None, None),
        }
    }

    endpoint_setters!("in each token request");

    async fn renew(&self) -> Result<Secret, TokenError> {
        let scope = self.endpoint.scope();
        let mut grant = vec![("grant_type", "client_credentials")];
        grant.extend(scope.as_deref().map(|scope| ("scope", scope)));
        let sent_at = Instant::now();
        let granted = self.endpoint.request(&grant, &[]).await?;
        Ok(self.cache.store(&granted, sent_at, self.endpoint.refresh_margin))
    }
}

impl TokenProvider for ClientCredentials {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(self.cache.get_or_renew(|| self.renew()))
    }

    fn invalidate(&self, rejected: &Secret) {
        self.cache.forget(rejected);
    }
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials").field("endpoint", &self.endpoint).field("cache", &self.cache).finish()
    }
}

/// The refresh token grant (RFC 6749 section 6): access tokens from a refresh token the user
/// granted earlier. A server that rotates refresh tokens (Box does, on every use) sends a new one
/// with each access token; the provider uses it from then on and hands it to the
/// [`on_refresh_token`](Self::on_refresh_token) callback, so that it can be stored for the next run.
///
/// ```text
/// let provider = RefreshToken::new("https://api.box.com/oauth2/token", client_id, stored_refresh_token)
///     .client_secret(client_secret)
///     .on_refresh_token(move |token| store.save(token.expose()));
/// let client = Client::builder(base_url).auth(Auth::token_provider(provider)).build()?;
/// ```
pub struct RefreshToken {
    endpoint: Endpoint,
    cache: Cache,
    on_refresh_token: Option<RefreshTokenCallback>,
}

impl RefreshToken {
    /// A provider that trades `refresh_token` at `token_url` for access tokens, as the client
    /// `client_id` (add its secret with [`client_secret`](Self::client_secret)).
    pub fn new(token_url: impl Into<String>, client_id: impl Into<String>, refresh_token: impl Into<Secret>) -> Self {
        RefreshToken {
            endpoint: Endpoint::new(token_url.into(), client_id.into(), None),
            cache: Cache::new(None, Some(refresh_token.into())),
            on_refresh_token: None,
        }
    }

    /// The client secret, for a confidential client.
    pub fn client_secret(mut self, secret: impl Into<Secret>) -> Self {
        self.endpoint.client_secret = Some(secret.into());
        self
    }

    /// Called with every new refresh token the server sends, before the access token that came
    /// with it is used. Store it: the one the provider started with may no longer work. It runs
    /// while other calls wait for the renewal, so it should be quick (hand the value to a task
    /// for slow storage).
    pub fn on_refresh_token(mut self, callback: impl Fn(&Secret) + Send + Sync + 'static) -> Self {
        self.on_refresh_token = Some(Arc::new(callback));
        self
    }

    /// An access token already at hand, used until it expires (after `expires_in`, if known) or is
    /// refused; without it the first call renews at once.
    pub fn access_token(self, token: impl Into<Secret>, expires_in: Option<Duration>) -> Self {
        let granted = Granted { access_token: token.into(), refresh_token: None, expires_in };
        self.cache.store(&granted, Instant::now(), self.endpoint.refresh_margin);
        self
    }

    endpoint_setters!("in each refresh request (narrowing what was granted)");

    async fn renew(&self) -> Result<Secret, TokenError> {
        let refresh_token = self.cache.refresh_token().ok_or(TokenError::NoRefreshToken)?;
        let scope = self.endpoint.scope();
        let mut grant = vec![("grant_type", "refresh_token"), ("refresh_token", refresh_token.expose())];
        grant.extend(scope.as_deref().map(|scope| ("scope", scope)));
        let sent_at = Instant::now();
        let granted = self.endpoint.request(&grant, &[refresh_token.expose()]).await?;
        if let Some(rotated) = granted.refresh_token.as_ref().filter(|new| **new != refresh_token) {
            self.cache.set_refresh_token(rotated.clone());
            if let Some(callback) = &self.on_refresh_token {
                callback(rotated);
            }
        }
        Ok(self.cache.store(&granted, sent_at, self.endpoint.refresh_margin))
    }
}

impl TokenProvider for RefreshToken {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(self.cache.get_or_renew(|| self.renew()))
    }

    fn invalidate(&self, rejected: &Secret) {
        self.cache.forget(rejected);
    }
}

impl fmt::Debug for RefreshToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RefreshToken")
            .field("endpoint", &self.endpoint)
            .field("cache", &self.cache)
            .field("on_refresh_token", &self.on_refresh_token.as_ref().map(|_| "Fn"))
            .finish()
    }
}

/// The authorization code flow (RFC 6749 section 4.1) with PKCE (RFC 7636, `S256`): send the user
/// to [`authorize`](Self::authorize)'s URL, and when the authorization server redirects back,
/// [`exchange_redirect`](Self::exchange_redirect) trades the code for a [`RefreshToken`] provider
/// that holds the first access token.
///
/// ```text
/// let flow = AuthorizationCode::new(AUTHORIZATION_URL, TOKEN_URL, client_id, "https://app.example/callback")
///     .client_secret(client_secret)
///     .scope("root_readwrite")
///     .on_refresh_token(move |token| store.save(token.expose()));
/// let pending = flow.authorize()?;                 // keep pending.state and pending.verifier in the session
/// redirect_browser_to(&pending.url);
/// // ... the browser comes back to https://app.example/callback?code=...&state=...
/// let provider = flow.exchange_redirect(&pending, &callback_url).await?;
/// let client = Client::builder(base_url).auth(Auth::token_provider(provider)).build()?;
/// ```
pub struct AuthorizationCode {
    authorization_url: String,
    redirect_uri: String,
    refresh_url: Option<String>,
    authorize_params: Vec<(String, String)>,
    endpoint: Endpoint,
    on_refresh_token: Option<RefreshTokenCallback>,
}

/// An authorization request on its way: the URL to send the user to, and what the redirect back is
/// checked and exchanged with. Web applications keep `state` and `verifier` in the user's session
/// between the two requests (and rebuild this with them; `url` is not needed then).
#[derive(Clone, Debug)]
pub struct PendingAuthorization {
    /// Where to send the user's browser.
    pub url: String,
    /// The `state` the redirect must carry back unchanged (random, 128 bits).
    pub state: String,
    /// The PKCE code verifier (random, 256 bits), sent only with the code exchange.
    pub verifier: Secret,
}

impl AuthorizationCode {
    /// A flow that sends users to `authorization_url` and exchanges codes at `token_url`, as the
    /// client `client_id`, with `redirect_uri` registered for it.
    pub fn new(
        authorization_url: impl Into<String>,
        token_url: impl Into<String>,
        client_id: impl Into<String>,
        redirect_uri: impl Into<String>,
    ) -> Self {
        AuthorizationCode {
            authorization_url: authorization_url.into(),
            redirect_uri: redirect_uri.into(),
            refresh_url: None,
            authorize_params: Vec::new(),
            endpoint: Endpoint::new(token_url.into(), client_id.into(), None),
            on_refresh_token: None,
        }
    }

    /// Replaces the authorization endpoint's URL (the spec's `authorizationUrl`).
    pub fn authorization_url(mut self, url: impl Into<String>) -> Self {
        self.authorization_url = url.into();
        self
    }

    /// Where the provider from the exchange refreshes its tokens, when not at the token URL (the
    /// spec's `refreshUrl`).
    pub fn refresh_url(mut self, url: impl Into<String>) -> Self {
        self.refresh_url = Some(url.into());
        self
    }

    /// The client secret, for a confidential client.
    pub fn client_secret(mut self, secret: impl Into<Secret>) -> Self {
        self.endpoint.client_secret = Some(secret.into());
        self
    }

    /// A query parameter of the authorization URL besides the standard ones (`prompt`,
    /// `login_hint`, ...).
    pub fn authorize_param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.authorize_params.push((name.into(), value.into()));
        self
    }

    /// Called with the refresh token of the exchange and every new one after (see
    /// [`RefreshToken::on_refresh_token`]).
    pub fn on_refresh_token(mut self, callback: impl Fn(&Secret) + Send + Sync + 'static) -> Self {
        self.on_refresh_token = Some(Arc::new(callback));
        self
    }

    endpoint_setters!("in the authorization URL");

    /// A new authorization request: the URL (`response_type=code`, the client id, the redirect URI,
    /// the scopes, a fresh random `state` and the `S256` PKCE challenge of a fresh verifier).
    pub fn authorize(&self) -> Result<PendingAuthorization, TokenError> {
        let state = random_token(16)?;
        let verifier = random_token(32)?;
        let mut url = Url::parse(&self.authorization_url).map_err(|e| {
            TokenError::Setup(format!("the authorization URL `{}` is not a valid URL: {e}", self.authorization_url))
        })?;
        {
            let mut query = url.query_pairs_mut();
            query
                .append_pair("response_type", "code")
                .append_pair("client_id", &self.endpoint.client_id)
                .append_pair("redirect_uri", &self.redirect_uri);
            if let Some(scope) = self.endpoint.scope() {
                query.append_pair("scope", &scope);
            }
            query
                .append_pair("state", &state)
                .append_pair("code_challenge", &pkce_challenge(&verifier))
                .append_pair("code_challenge_method", "S256")
                .extend_pairs(&self.authorize_params);
        }
        Ok(PendingAuthorization { url: url.into(), state, verifier: Secret::new(verifier) })
    }

    /// Reads the redirect back (the full URL the browser arrived at, or at least its query), checks
    /// its `state`, and exchanges its code, as [`exchange`](Self::exchange) does. A redirect that
    /// carries an `error` fails with [`TokenError::Authorization`].
    pub async fn exchange_redirect(
        &self,
        pending: &PendingAuthorization,
        redirect_url: &str,
    ) -> Result<RefreshToken, TokenError> {
        // Neither the URL nor its values are quoted in errors: the code is a credential.
        let query = redirect_url.split_once('?').map_or(redirect_url, |(_, query)| query);
        let query = query.split_once('#').map_or(query, |(query, _)| query);
        let (mut code, mut state, mut error, mut description) = (None, None, None, None);
        for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
            match &*name {
                "code" => code = Some(value.into_owned()),
                "state" => state = Some(value.into_owned()),
                "error" => error = Some(value.into_owned()),
                "error_description" => description = Some(value.into_owned()),
                _ => {}
            }
        }
        if state.as_deref().is_some_and(|state| !same_text(state, &pending.state)) {
            return Err(TokenError::StateMismatch);
        }
        if let Some(error) = error {
            return Err(TokenError::Authorization { error, description });
        }
        match (code, state) {
            (Some(code), Some(state)) => self.exchange(pending, &code, &state).await,
            (None, _) => Err(TokenError::Redirect("the redirect carries neither `code` nor `error`".to_owned())),
            (Some(_), None) => Err(TokenError::Redirect("the redirect carries no `state`".to_owned())),
        }
    }

    /// Exchanges `code` (with the verifier of `pending`) for tokens, once `returned_state` is found
    /// to be `pending.state`. The provider it returns holds the access token and renews it with
    /// the refresh token (at the refresh URL, if one is set); without a refresh token, it fails with
    /// [`TokenError::NoRefreshToken`] once the access token has expired.
    pub async fn exchange(
        &self,
        pending: &PendingAuthorization,
        code: &str,
        returned_state: &str,
    ) -> Result<RefreshToken, TokenError> {
        if !same_text(returned_state, &pending.state) {
            return Err(TokenError::StateMismatch);
        }
        let verifier = pending.verifier.expose();
        let grant = [
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", self.redirect_uri.as_str()),
            ("code_verifier", verifier),
        ];
        let sent_at = Instant::now();
        let granted = self.endpoint.request(&grant, &[code, verifier]).await?;
        if let (Some(token), Some(callback)) = (&granted.refresh_token, &self.on_refresh_token) {
            callback(token);
        }
        let mut endpoint = self.endpoint.clone_settings();
        // The scopes were asked for in the authorization URL; a refresh keeps what was granted.
        endpoint.scopes.clear();
        if let Some(url) = &self.refresh_url {
            endpoint.token_url = url.clone();
        }
        let cache = Cache::new(None, granted.refresh_token.clone());
        cache.store(&granted, sent_at, endpoint.refresh_margin);
        Ok(RefreshToken { endpoint, cache, on_refresh_token: self.on_refresh_token.clone() })
    }
}

impl fmt::Debug for AuthorizationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let authorize_params: Vec<&str> = self.authorize_params.iter().map(|(name, _)| name.as_str()).collect();
        f.debug_struct("AuthorizationCode")
            .field("authorization_url", &self.authorization_url)
            .field("redirect_uri", &self.redirect_uri)
            .field("refresh_url", &self.refresh_url)
            .field("authorize_params", &authorize_params)
            .field("endpoint", &self.endpoint)
            .field("on_refresh_token", &self.on_refresh_token.as_ref().map(|_| "Fn"))
            .finish()
    }
}

/// Compares without stopping at the first difference, so the time taken tells nothing of where
/// the texts differ.
fn same_text(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0, |diff, (x, y)| diff | (x ^ y)) == 0
}

/// `bytes` random bytes from the operating system's CSPRNG, base64url-encoded: 16 bytes make 22
/// characters, 32 make 43 (a PKCE verifier of RFC 7636's recommended size).
fn random_token(bytes: usize) -> Result<String, TokenError> {
    let mut buffer = vec![0_u8; bytes];
    getrandom::fill(&mut buffer)
        .map_err(|e| TokenError::Setup(format!("the system's random number generator failed: {e}")))?;
    Ok(base64url(&buffer))
}

/// The `S256` PKCE challenge of a code verifier (RFC 7636 section 4.2):
/// `BASE64URL(SHA256(verifier))`, without padding. An authorization server compares it with the
/// verifier of the code exchange.
pub fn pkce_challenge(verifier: &str) -> String {
    base64url(&sha256(verifier.as_bytes()))
}

/// Base64url without padding (RFC 4648 section 5).
fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let bits = chunk.iter().enumerate().fold(0_u32, |bits, (i, byte)| bits | (u32::from(*byte) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((bits >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// SHA-256 (FIPS 180-4). The PKCE challenge is its only use: hashing one 43-byte verifier per
/// login does not justify a crate and its dependency tree in every SDK. Tested against the FIPS
/// and RFC 7636 vectors.
fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
        0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
        0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
        0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
        0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
        0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut hash: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    // Padding: a one bit, zeros up to 56 bytes past a block boundary, and the length in bits.
    let mut message = data.to_vec();
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&(data.len() as u64).wrapping_mul(8).to_be_bytes());
    for block in message.chunks_exact(64) {
        let mut w = [0_u32; 64];
        for (word, bytes) in w.iter_mut().zip(block.chunks_exact(4)) {
            *word = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = hash;
        for (k, w) in K.iter().zip(w) {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let choice = (e & f) ^ (!e & g);
            let t1 = h.wrapping_add(s1).wrapping_add(choice).wrapping_add(*k).wrapping_add(w);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let majority = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(majority);
            (h, g, f, e, d, c, b, a) = (g, f, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
        }
        for (word, add) in hash.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *word = word.wrapping_add(add);
        }
    }
    let mut out = [0_u8; 32];
    for (bytes, word) in out.chunks_exact_mut(4).zip(hash) {
        bytes.copy_from_slice(&word.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn sha256_matches_the_fips_vectors() {
        let cases: [(&[u8], &str); 4] = [
            (b"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            (b"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
            ),
            (&[b'a'; 1000], "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
        ];
        for (input, want) in cases {
            assert_eq!(hex(&sha256(input)), want, "{}", input.len());
        }
    }

    #[test]
    fn the_pkce_challenge_matches_rfc_7636_appendix_b() {
        assert_eq!(
            pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn base64url_has_no_padding() {
        let cases: [(&[u8], &str); 5] =
            [(b"", ""), (b"f", "Zg"), (b"fo", "Zm8"), (b"foo", "Zm9v"), (&[0xfb, 0xff, 0xbf], "-_-_")];
        for (input, want) in cases {
            assert_eq!(base64url(input), want);
        }
    }

    #[test]
    fn random_tokens_are_verifiers_of_the_recommended_length() {
        let (a, b) = (random_token(32).unwrap(), random_token(32).unwrap());
        assert_eq!(a.len(), 43);
        assert_ne!(a, b);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{a}");
        assert_eq!(random_token(16).unwrap().len(), 22);
    }

    #[test]
    fn token_responses_are_read_without_quoting_values() {
        let ok =
            Granted::parse(br#"{"access_token":"at","token_type":"Bearer","expires_in":"3600","refresh_token":"rt"}"#)
                .unwrap();
        assert_eq!((ok.access_token.expose(), ok.expires_in), ("at", Some(Duration::from_secs(3600))));
        assert_eq!(ok.refresh_token.as_ref().map(Secret::expose), Some("rt"));
        let cases: [(&[u8], &str); 6] = [
            (b"<html>", "the body is not JSON: expected value at line 1 column 1"),
            (br#"{"access_token":"at-1""#, "the body is not JSON: EOF while parsing an object at line 1 column 22"),
            (br#"["at-1"]"#, "the body is not a JSON object"),
            (br#"{"token_type":"bearer"}"#, "`access_token` is missing"),
            (br#"{"access_token":12345}"#, "`access_token` is not a string"),
            (br#"{"access_token":"at-1","token_type":"mac"}"#, "`token_type` is `mac`, not `bearer`"),
        ];
        for (body, want) in cases {
            assert_eq!(Granted::parse(body).err().as_deref(), Some(want), "{}", String::from_utf8_lossy(body));
        }
        let err = Granted::parse(br#"{"access_token":"at-1","expires_in":"soon"}"#).err().unwrap_or_default();
        assert_eq!(err, "`expires_in` is not a whole number of seconds");
    }

    #[test]
    fn redaction_covers_sent_secrets_and_credential_fields() {
        let body = br#"{"error":"invalid_client","error_description":"secret s3cr/t is wrong","echo":{"refreshToken":"rt-9","expires_in":5,"access_token":123, "note":"ok"}}"#;
        let text = redact(body, &["s3cr/t"]);
        assert_eq!(
            text,
            r#"{"error":"invalid_client","error_description":"secret *** is wrong","echo":{"refreshToken":"***","expires_in":5,"access_token":***, "note":"ok"}}"#
        );
        // Cut short, escaped quotes, form-encoded secrets and bodies.
        assert_eq!(redact(br#"{"access_token":"a\"b","x":1"#, &[]), r#"{"access_token":"***","x":1"#);
        assert_eq!(redact(br#"{"access_token":"abc"#, &[]), r#"{"access_token":"***""#);
        assert_eq!(redact(b"code=s3cr%2Ft&x=1", &["s3cr/t"]), "code=***&x=1");
        assert_eq!(redact(b"access_token=at-1&scope=a", &[]), "access_token=***&scope=a");
    }

    #[test]
    fn states_compare_in_full() {
        assert!(same_text("abc", "abc"));
        assert!(!same_text("abc", "abd") && !same_text("abc", "ab") && !same_text("", "a"));
    }
}

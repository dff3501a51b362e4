// @generated from templates/runtime/src/client.rs by the generator; do not edit.
//! The configured client: base URL, credentials, default headers, timeouts, the retry policy,
//! the request hook and the HTTP connection pool. Cheap to clone; clones share everything.

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode, Url};

use super::auth::Auth;
use super::error::Error;
use super::retry::RetryPolicy;

/// How long one attempt of a request may take unless the builder or the call says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// How long connecting may take unless the builder says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// An API client. Build one with [`Client::builder`] and reach the operations through its
/// accessors; clone it freely, clones share the connection pool.
#[derive(Clone)]
pub struct Client {
    pub(super) inner: Arc<Inner>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

pub(super) struct Inner {
    pub http: reqwest::Client,
    /// Without a trailing slash, so that operation paths (which start with `/`) append cleanly.
    pub base_url: String,
    pub auth: Vec<Auth>,
    pub default_headers: HeaderMap,
    pub retry: RetryPolicy,
    pub request_hook: Option<RequestHook>,
    pub attempt_observer: Option<AttemptObserver>,
}

/// A function that sees every request just before it is sent; see [`ClientBuilder::request_hook`].
pub type RequestHook = Arc<dyn Fn(&mut reqwest::Request) -> Result<(), Error> + Send + Sync>;

/// A function told about every finished attempt; see [`ClientBuilder::attempt_observer`].
pub type AttemptObserver = Arc<dyn Fn(&AttemptReport<'_>) + Send + Sync>;

/// One finished attempt of a call, as an [`attempt_observer`](ClientBuilder::attempt_observer)
/// sees it: enough to log or measure, with no credentials.
#[derive(Debug)]
#[non_exhaustive]
pub struct AttemptReport<'a> {
    /// The operationId of the call.
    pub operation: &'static str,
    /// The HTTP method.
    pub method: &'a Method,
    /// The URL sent, with the credentials the client put in its query replaced by `***`.
    pub url: &'a Url,
    /// The attempts of this call sent so far, this one included: 1 for the first.
    pub number: u32,
    /// From sending the request to the response headers of a success (its body is read after),
    /// or to the end of a failure's body or the error.
    pub duration: Duration,
    /// The status of a success, or the error the attempt ended with ([`Error::Status`] keeps the
    /// response of a failure status).
    pub result: Result<StatusCode, &'a Error>,
    /// The wait before the call's next attempt, or `None` when this attempt is the last.
    pub next: Option<Duration>,
}

impl std::fmt::Debug for Inner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Default header values are not shown: they may carry a credential.
        let default_headers: Vec<&str> = self.default_headers.keys().map(HeaderName::as_str).collect();
        f.debug_struct("Client")
            .field("base_url", &redact_url_password(&self.base_url))
            .field("auth", &self.auth)
            .field("default_headers", &default_headers)
            .field("retry", &self.retry)
            .field("request_hook", &self.request_hook.as_ref().map(|_| "Fn"))
            .field("attempt_observer", &self.attempt_observer.as_ref().map(|_| "Fn"))
            .finish_non_exhaustive()
    }
}

impl Client {
    /// Starts a client for the API served at `base_url`, such as `https://app.cvat.ai` or
    /// `https://api.box.com/2.0` (a path prefix is kept in front of every operation's path).
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            auth: Vec::new(),
            user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).to_owned(),
            default_headers: Vec::new(),
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            http: None,
            retry: RetryPolicy::default(),
            request_hook: None,
            attempt_observer: None,
        }
    }

    /// The base URL every operation path is appended to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }
}

/// Configuration for a [`Client`].
#[must_use]
pub struct ClientBuilder {
    base_url: String,
    auth: Vec<Auth>,
    user_agent: String,
    default_headers: Vec<(String, String)>,
    timeout: Duration,
    connect_timeout: Duration,
    http: Option<reqwest::Client>,
    retry: RetryPolicy,
    request_hook: Option<RequestHook>,
    attempt_observer: Option<AttemptObserver>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Default header values are not shown: they may carry a credential.
        let default_headers: Vec<&str> = self.default_headers.iter().map(|(name, _)| name.as_str()).collect();
        f.debug_struct("ClientBuilder")
            .field("base_url", &redact_url_password(&self.base_url))
            .field("auth", &self.auth)
            .field("user_agent", &self.user_agent)
            .field("default_headers", &default_headers)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("http", &self.http)
            .field("retry", &self.retry)
            .field("request_hook", &self.request_hook.as_ref().map(|_| "Fn"))
            .field("attempt_observer", &self.attempt_observer.as_ref().map(|_| "Fn"))
            .finish()
    }
}

impl ClientBuilder {
    /// Adds a credential. Call it once per credential the API needs; each operation sends those
    /// that satisfy its security requirement.
    pub fn auth(mut self, auth: Auth) -> Self {
        self.auth.push(auth);
        self
    }

    /// Replaces the `User-Agent` header (default: the SDK crate's name and version).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// A header sent with every request.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// The time one attempt may take, from connecting to the end of the response body (default
    /// 60 s); a call can override it. With retries, a call makes up to
    /// [`RetryPolicy::max_attempts`] attempts, each with this timeout, plus the waits between them;
    /// [`RetryPolicy::max_elapsed`] bounds when the last attempt may start.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The time connecting may take (default 10 s). A connection that is not made in time is a
    /// connection error, which the retry policy retries.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Uses a `reqwest::Client` of your own (proxies, custom TLS roots). The timeouts and user
    /// agent of this builder are then not applied: configure them on your client.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// How failed attempts are retried (default [`RetryPolicy::default`]: up to 3 attempts of
    /// idempotent methods on 429, 502, 503, 504 and connection errors);
    /// [`RetryPolicy::none`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// A function called with every attempt of every request just before it is sent: after
    /// parameters, body, default headers and credentials are in place, so it can add or change
    /// headers (a request signature, a trace id) or log. An error it returns fails the call
    /// unchanged, and is not retried.
    ///
    /// The request carries the credentials: a logger must not print the `Authorization`,
    /// `Cookie` or API-key headers, nor the URL of an API whose key travels in the query. Header
    /// values that carry credentials are marked [sensitive](HeaderValue::is_sensitive), so
    /// `Debug` of the header map hides them; print only headers that are not sensitive. A
    /// credential the hook adds belongs in a header marked sensitive too: one it puts in the URL
    /// would be quoted by transport errors.
    ///
    /// ```text
    /// let client = Client::builder(base_url)
    ///     .request_hook(|request| {
    ///         let signature = sign(request.method().as_str(), request.url().path());
    ///         request.headers_mut().insert("x-signature", signature.parse().map_err(|_| {
    ///             Error::InvalidRequest("the signature is not a valid header value".into())
    ///         })?);
    ///         Ok(())
    ///     })
    ///     .build()?;
    /// ```
    pub fn request_hook(
        mut self,
        hook: impl Fn(&mut reqwest::Request) -> Result<(), Error> + Send + Sync + 'static,
    ) -> Self {
        self.request_hook = Some(Arc::new(hook));
        self
    }

    /// A function told about every attempt once it has finished: operation, method, URL
    /// (credentials in the query redacted), duration, the response or error, and whether and
    /// when the client tries again. For logs and metrics; it cannot change the outcome. It runs
    /// inside the call's future, so it should be quick.
    ///
    /// ```text
    /// let client = Client::builder(base_url)
    ///     .attempt_observer(|attempt| {
    ///         let status = attempt.result.map_or_else(|e| e.status(), |r| Some(r.status));
    ///         log::info!("{} {} #{} {status:?} in {:?}", attempt.method, attempt.url, attempt.number, attempt.duration);
    ///     })
    ///     .build()?;
    /// ```
    pub fn attempt_observer(mut self, observer: impl Fn(&AttemptReport<'_>) + Send + Sync + 'static) -> Self {
        self.attempt_observer = Some(Arc::new(observer));
        self
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let parsed = url::Url::parse(&self.base_url)
            .map_err(|e| Error::InvalidRequest(format!("invalid base URL `{}`: {e}", self.base_url)))?;
        if parsed.cannot_be_a_base() || parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(Error::InvalidRequest(format!(
                "invalid base URL `{}`: expected scheme, host and an optional path prefix",
                self.base_url
            )));
        }
        let mut default_headers = HeaderMap::new();
        for (name, value) in &self.default_headers {
            let (name, value) = header_pair(name, value)?;
            default_headers.append(name, value);
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .user_agent(self.user_agent)
                .timeout(self.timeout)
                .connect_timeout(self.connect_timeout)
                .build()?,
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url: self.base_url.trim_end_matches('/').to_owned(),
                auth: self.auth,
                default_headers,
                retry: self.retry,
                request_hook: self.request_hook,
                attempt_observer: self.attempt_observer,
            }),
        })
    }
}

/// A password in the base URL is a credential too.
fn redact_url_password(base_url: &str) -> String {
    match url::Url::parse(base_url) {
        Ok(mut url) if url.password().is_some() => {
            let _ = url.set_password(Some("***"));
            url.to_string()
        }
        _ => base_url.to_owned(),
    }
}

/// Validates a header; values with CR, LF or other control characters are refused. The message
/// names the header but never quotes the value, which may be a credential.
pub(super) fn header_pair(name: &str, value: &str) -> Result<(HeaderName, HeaderValue), Error> {
    let header_name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::InvalidRequest(format!("`{name}` is not a valid header name")))?;
    let header_value = HeaderValue::from_str(value).map_err(|_| {
        Error::InvalidRequest(format!(
            "the value of header `{name}` contains characters a header may not carry (such as CR or LF)"
        ))
    })?;
    Ok((header_name, header_value))
}

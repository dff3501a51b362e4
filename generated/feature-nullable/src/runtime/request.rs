// @generated from templates/runtime/src/request.rs by the generator; do not edit.
//! One call under construction. Generated builders describe their operation with a static
//! [`OperationSpec`], fill a [`Call`] through its setters, and turn it into a future with a
//! decoder; everything generic about sending lives here, once.

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::{Duration, Instant};

use reqwest::Method;
use reqwest::header::{ACCEPT, CONTENT_TYPE, COOKIE, HeaderValue};

use super::auth::{Secret, SecurityScheme, credentials_for, token_provider_for};
use super::body::{BodyEncoding, FilePart, PendingBody, Prepared};
use super::client::{AttemptReport, Client, header_pair};
use super::error::{ApiError, Error, ErrorDecoder, ErrorStatus};
use super::params::{ParamIn, ParamValue, encode_path_segment, join_comma};
use super::response::{Download, RawResponse};
use super::retry::RetryPolicy;
use super::trace::CallTrace;

/// A boxed future of a raw response: one type for every operation, so that sending is compiled
/// once, not once per response type.
pub(super) type RawFuture<'a> = Pin<Box<dyn Future<Output = Result<RawResponse, Error>> + Send + 'a>>;

/// The future that `.await` on a generated builder drives: the shared sending future plus the
/// operation's decoder. Generic only in its small `poll`.
#[must_use = "futures do nothing unless awaited"]
pub struct ResponseFuture<'a, T> {
    send: RawFuture<'a>,
    decode: fn(&RawResponse) -> Result<T, Error>,
    /// The call's span, told when the body does not decode.
    trace: CallTrace,
}

impl<T> Future for ResponseFuture<'_, T> {
    type Output = Result<T, Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let response = ready!(self.send.as_mut().poll(cx))?;
        Poll::Ready(self.trace.decoded((self.decode)(&response)))
    }
}

impl<T> std::fmt::Debug for ResponseFuture<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseFuture").finish_non_exhaustive()
    }
}

/// Like [`ResponseFuture`], also yielding the raw response (`send_with_response()`).
#[must_use = "futures do nothing unless awaited"]
pub struct ResponseWithRawFuture<'a, T> {
    send: RawFuture<'a>,
    decode: fn(&RawResponse) -> Result<T, Error>,
    /// The call's span, told when the body does not decode.
    trace: CallTrace,
}

impl<T> Future for ResponseWithRawFuture<'_, T> {
    type Output = Result<(T, RawResponse), Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let response = ready!(self.send.as_mut().poll(cx))?;
        Poll::Ready(self.trace.decoded((self.decode)(&response)).map(|value| (value, response)))
    }
}

impl<T> std::fmt::Debug for ResponseWithRawFuture<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseWithRawFuture").finish_non_exhaustive()
    }
}

/// What the spec says about one operation; generated as a `static` per operation.
#[derive(Debug)]
pub struct OperationSpec {
    /// The operationId (or the generator's stand-in when the spec has none).
    pub id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template relative to the base URL, such as `/api/users/{id}`.
    pub path: &'static str,
    /// Alternatives of schemes, in the spec's order; an empty list sends no credentials.
    pub security: &'static [&'static [&'static SecurityScheme]],
    /// The `Accept` header: the media types of the declared responses.
    pub accept: Option<&'static str>,
    /// The body encodings the operation accepts with their media types; the first is the default.
    pub bodies: &'static [(BodyEncoding, &'static str)],
    /// Decoders of the declared error bodies, by status.
    pub errors: &'static [(ErrorStatus, ErrorDecoder)],
}

/// A transport error quotes the request URL; never with a credential in its query.
fn redact(e: reqwest::Error, redacted_url: Option<&reqwest::Url>) -> Error {
    match redacted_url {
        Some(url) => Error::Transport(e.with_url(url.clone())),
        None => Error::Transport(e),
    }
}

/// `name[key]=value` pairs of a JSON value, depth first.
fn deep_object_pairs(name: String, value: &serde_json::Value, out: &mut Vec<(Cow<'static, str>, String)>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                deep_object_pairs(format!("{name}[{key}]"), child, out);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                deep_object_pairs(name.clone(), item, out);
            }
        }
        serde_json::Value::Null => {}
        serde_json::Value::String(text) => out.push((Cow::Owned(name), text.clone())),
        other => out.push((Cow::Owned(name), other.to_string())),
    }
}

/// A request being built for one operation.
#[derive(Debug)]
pub struct Call<'a> {
    client: &'a Client,
    op: &'static OperationSpec,
    path_params: Vec<(&'static str, String)>,
    query: Vec<(Cow<'static, str>, String)>,
    headers: Vec<(Cow<'static, str>, String)>,
    cookies: Vec<(&'static str, String)>,
    body: Option<PendingBody>,
    /// The encoding the caller picked; `None` means the operation's default.
    encoding: Option<BodyEncoding>,
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    /// The first problem a setter met; reported when the call is sent, since setters chain.
    error: Option<Error>,
}

impl<'a> Call<'a> {
    /// A call of `op` through `client`, with no parameters set yet.
    pub fn new(client: &'a Client, op: &'static OperationSpec) -> Self {
        Call {
            client,
            op,
            path_params: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            body: None,
            encoding: None,
            timeout: None,
            retry: None,
            error: None,
        }
    }

    /// Sets a path parameter; the value is percent-encoded into its own segment when sent.
    pub fn path(&mut self, name: &'static str, value: &(impl ParamValue + ?Sized)) {
        self.path_params.push((name, value.to_param().into_owned()));
    }

    /// Sets a query parameter, replacing an earlier value of the same name.
    pub fn query(&mut self, name: &'static str, value: &(impl ParamValue + ?Sized)) {
        self.query.retain(|(n, _)| n.as_ref() != name);
        self.query.push((Cow::Borrowed(name), value.to_param().into_owned()));
    }

    /// Sets a list query parameter: `name=a&name=b` when `explode`, else `name=a,b`.
    pub fn query_list<T: ParamValue>(&mut self, name: &'static str, values: &[T], explode: bool) {
        self.query.retain(|(n, _)| n.as_ref() != name);
        if explode {
            self.query.extend(values.iter().map(|v| (Cow::Borrowed(name), v.to_param().into_owned())));
        } else {
            self.query.push((Cow::Borrowed(name), join_comma(values)));
        }
    }

    /// Sets a parameter whose value has no plain text form (an object, a union, a list of objects,
    /// or one described by `content: application/json`) as JSON text, a string unquoted: the
    /// convention of APIs such as Box's `mdfilters`.
    pub fn json_param<T: serde::Serialize + ?Sized>(&mut self, location: ParamIn, name: &'static str, value: &T) {
        let text = match serde_json::to_value(value) {
            Ok(serde_json::Value::String(text)) => text,
            Ok(other) => other.to_string(),
            Err(e) => return self.fail(Error::InvalidRequest(format!("parameter `{name}` does not serialise: {e}"))),
        };
        match location {
            ParamIn::Path => self.path(name, &text),
            ParamIn::Query => self.query(name, &text),
            ParamIn::Header => self.header(name, &text),
            ParamIn::Cookie => self.cookie(name, &text),
        }
    }

    /// Sets a list query parameter joined by `delimiter` (`spaceDelimited`, `pipeDelimited`).
    pub fn query_delimited<T: ParamValue>(&mut self, name: &'static str, values: &[T], delimiter: char) {
        let joined: Vec<String> = values.iter().map(|v| v.to_param().into_owned()).collect();
        self.query(name, &joined.join(&delimiter.to_string()));
    }

    /// Sets an object query parameter as `name[key]=value` pairs (`style: deepObject`); nested
    /// objects nest the brackets, lists repeat the key.
    pub fn query_deep_object<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        self.query.retain(|(n, _)| n.as_ref() != name);
        match serde_json::to_value(value) {
            Ok(value) => deep_object_pairs(name.to_owned(), &value, &mut self.query),
            Err(e) => self.fail(Error::InvalidRequest(format!("parameter `{name}` does not serialise: {e}"))),
        }
    }

    /// Sets a header parameter declared by the spec, replacing an earlier value.
    pub fn header(&mut self, name: &'static str, value: &(impl ParamValue + ?Sized)) {
        self.headers.retain(|(n, _)| n != name);
        self.headers.push((Cow::Borrowed(name), value.to_param().into_owned()));
    }

    /// Sets a list header parameter (`style: simple`): comma-separated.
    pub fn header_list<T: ParamValue>(&mut self, name: &'static str, values: &[T]) {
        self.header(name, &join_comma(values));
    }

    /// Sets a cookie parameter declared by the spec.
    pub fn cookie(&mut self, name: &'static str, value: &(impl ParamValue + ?Sized)) {
        self.cookies.retain(|(n, _)| *n != name);
        self.cookies.push((name, value.to_param().into_owned()));
    }

    /// Adds a header the spec does not declare (tracing, idempotency keys, ...).
    pub fn extra_header(&mut self, name: String, value: String) {
        self.headers.push((Cow::Owned(name), value));
    }

    /// Overrides the client's timeout for this call: the time each attempt may take.
    pub fn timeout(&mut self, timeout: Duration) {
        self.timeout = Some(timeout);
    }

    /// Overrides the client's retry policy for this call.
    pub fn retry(&mut self, policy: RetryPolicy) {
        self.retry = Some(policy);
    }

    /// Sets the body: a typed value, encoded when sent as JSON, a form or multipart (see
    /// [`Call::encoding`]). File parts inside it are kept aside for multipart.
    pub fn body<T: serde::Serialize + ?Sized>(&mut self, value: &T) {
        match PendingBody::new(value) {
            Ok(body) => self.body = Some(body),
            Err(e) => self.fail(e),
        }
    }

    /// Sets raw content as the body (`application/octet-stream` and other binary media types).
    pub fn file_body(&mut self, content: FilePart) {
        self.body = Some(PendingBody::File(content));
    }

    /// Picks one of the operation's declared body encodings instead of its default.
    pub fn encoding(&mut self, encoding: BodyEncoding) {
        self.encoding = Some(encoding);
    }

    /// Whether the call could be sent again as it is (its body holds no one-shot stream).
    pub fn replayable(&self) -> bool {
        self.body.as_ref().is_none_or(PendingBody::replayable)
    }

    /// The encoding and media type the body goes out with: binary for raw content, else the
    /// caller's pick, else the default, except that a JSON default gives way to multipart when
    /// the body holds files.
    fn body_encoding(&self, body: &PendingBody) -> Result<(BodyEncoding, &'static str), Error> {
        let declared = self.op.bodies;
        let find = |wanted: BodyEncoding| declared.iter().copied().find(|(e, _)| *e == wanted);
        let wanted = match (self.encoding, declared.first()) {
            _ if matches!(body, PendingBody::File(_)) => BodyEncoding::Binary,
            (Some(wanted), _) => wanted,
            (None, Some((BodyEncoding::Json, _))) if body.has_files() && find(BodyEncoding::Multipart).is_some() => {
                BodyEncoding::Multipart
            }
            (None, Some((default, _))) => *default,
            (None, None) => BodyEncoding::Json,
        };
        find(wanted)
            .or_else(|| (declared.is_empty() && wanted == BodyEncoding::Json).then_some((wanted, "application/json")))
            .ok_or_else(|| Error::InvalidRequest(format!("`{}` does not accept a {wanted:?} body", self.op.id)))
    }

    /// The current value of a query parameter.
    pub fn query_value(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// A copy of the call, to send it again (the next page of a list).
    pub fn duplicate(&self) -> Call<'a> {
        Call {
            client: self.client,
            op: self.op,
            path_params: self.path_params.clone(),
            query: self.query.clone(),
            headers: self.headers.clone(),
            cookies: self.cookies.clone(),
            body: self.body.clone(),
            encoding: self.encoding,
            timeout: self.timeout,
            retry: self.retry.clone(),
            error: self.error.as_ref().map(|e| Error::InvalidRequest(e.to_string())),
        }
    }

    fn fail(&mut self, error: Error) {
        self.error.get_or_insert(error);
    }

    /// Sends the call and decodes a success response with `decode`.
    pub fn send_decoded<T>(self, decode: fn(&RawResponse) -> Result<T, Error>) -> ResponseFuture<'a, T> {
        let (send, trace) = self.send_boxed();
        ResponseFuture { send, decode, trace }
    }

    /// Like [`Call::send_decoded`], and also returns status, headers and raw body.
    pub fn send_decoded_with_response<T>(
        self,
        decode: fn(&RawResponse) -> Result<T, Error>,
    ) -> ResponseWithRawFuture<'a, T> {
        let (send, trace) = self.send_boxed();
        ResponseWithRawFuture { send, decode, trace }
    }

    /// [`Call::send`] as the one boxed future type, with the call's span for the caller that
    /// decodes the response to report into ([`CallTrace::decoded`]).
    pub(super) fn send_boxed(self) -> (RawFuture<'a>, CallTrace) {
        let trace = CallTrace::start(self.op);
        (Box::pin(self.send_in(trace.clone())), trace)
    }

    /// Sends the call; a status outside 2xx is an [`Error::Status`] with the full response (and
    /// its body decoded into the declared error type, when there is one).
    ///
    /// Failed attempts are retried as the [`RetryPolicy`] of the call or the client says, and a
    /// 401 to a request that carried a [`TokenProvider`](super::TokenProvider)'s token is
    /// repeated once with a fresh token. Each attempt is built anew (with the provider's current
    /// token), passes the client's request hook, and is reported to its attempt observer; the
    /// error of the last attempt is returned.
    ///
    /// With the `tracing` feature the call is a `tracing` span, and each retry an event in it
    /// (see the `trace` module).
    pub async fn send(self) -> Result<RawResponse, Error> {
        let trace = CallTrace::start(self.op);
        self.send_in(trace).await
    }

    /// [`Call::send`] in the span of `trace`.
    async fn send_in(self, trace: CallTrace) -> Result<RawResponse, Error> {
        let outcome = trace.instrument(self.exchange(&trace)).await;
        trace.finish(outcome.as_ref().map(|response| response.status));
        outcome
    }

    /// The attempts of [`Call::send`] and the last response's body.
    async fn exchange(&self, trace: &CallTrace) -> Result<RawResponse, Error> {
        let (response, redacted_url) = self.execute(trace).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(|e| redact(e, redacted_url.as_ref()))?;
        Ok(RawResponse { operation: self.op.id, status, headers, body })
    }

    /// Sends the call (retrying and traced as [`Call::send`] is) and hands over the success
    /// response unread, for streamed downloads; the call's span ends with the response headers.
    pub async fn send_streaming(self) -> Result<Download, Error> {
        let trace = CallTrace::start(self.op);
        let outcome = trace.instrument(self.execute(&trace)).await;
        trace.finish(outcome.as_ref().map(|(response, _)| response.status()));
        let (response, _) = outcome?;
        Ok(Download::new(self.op.id, response))
    }

    /// The attempts of a call: a success response with its body unread, or the last error.
    async fn execute(&self, trace: &CallTrace) -> Result<(reqwest::Response, Option<reqwest::Url>), Error> {
        let inner = &self.client.inner;
        let policy = self.retry.as_ref().unwrap_or(&inner.retry);
        let provider = token_provider_for(&inner.auth, self.op.security);
        let started = Instant::now();
        // Attempts the retry policy counts, and attempts sent (a repeat after a refreshed token
        // is sent but not counted).
        let (mut attempt, mut sent) = (1, 0);
        let mut refreshed = false;
        loop {
            let token = match provider {
                Some(provider) => Some(provider.token().await?),
                None => None,
            };
            let (mut request, redacted_url) = self.build(token.as_ref())?;
            if let Some(hook) = &inner.request_hook {
                hook(&mut request)?;
            }
            let observed = inner.attempt_observer.as_ref().map(|observer| {
                (observer, redacted_url.clone().unwrap_or_else(|| request.url().clone()), Instant::now())
            });
            sent += 1;
            trace.record_attempt(sent);
            let outcome = self.attempt(request, redacted_url).await;
            let mut refresh = None;
            let next = match &outcome {
                Ok(_) => None,
                Err(_) if !self.replayable() => None,
                // The server refused the token without acting on the request, so even a POST
                // may be repeated, once, with a fresh token.
                Err(Error::Status(e))
                    if e.status == reqwest::StatusCode::UNAUTHORIZED && provider.is_some() && !refreshed =>
                {
                    refresh = provider.zip(token.as_ref());
                    refresh.map(|_| Duration::ZERO)
                }
                Err(error) => policy.delay_after(&self.op.method, error, attempt, started.elapsed()),
            };
            if let Some((observer, url, sent_at)) = observed {
                observer(&AttemptReport {
                    operation: self.op.id,
                    method: &self.op.method,
                    url: &url,
                    number: sent,
                    duration: sent_at.elapsed(),
                    result: outcome.as_ref().map(|(response, _)| response.status()),
                    next,
                });
            }
            let Some(delay) = next else {
                return outcome;
            };
            if let Some((provider, token)) = refresh {
                trace.record_token_refresh(sent);
                refreshed = true;
                provider.invalidate(token);
                continue;
            }
            if let Err(error) = &outcome {
                trace.record_retry(sent, error, delay);
            }
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// Sends one attempt: a success response with its body unread, or an error (a failure
    /// status is read whole into [`Error::Status`]).
    async fn attempt(
        &self,
        request: reqwest::Request,
        redacted_url: Option<reqwest::Url>,
    ) -> Result<(reqwest::Response, Option<reqwest::Url>), Error> {
        let response = self.client.inner.http.execute(request).await.map_err(|e| redact(e, redacted_url.as_ref()))?;
        let status = response.status();
        if status.is_success() {
            return Ok((response, redacted_url));
        }
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(|e| redact(e, redacted_url.as_ref()))?;
        let decoded = ErrorStatus::find(self.op.errors, status.as_u16()).and_then(|decode| decode(&body));
        Err(Error::Status(Box::new(ApiError { operation: self.op.id, status, headers, body, decoded })))
    }

    /// The request, and the URL to show in errors when the real one carries a credential;
    /// `token` is the token provider's current token, if the call uses one.
    fn build(&self, token: Option<&Secret>) -> Result<(reqwest::Request, Option<reqwest::Url>), Error> {
        if let Some(error) = &self.error {
            return Err(Error::InvalidRequest(error.to_string()));
        }
        let inner = &self.client.inner;
        let credentials = credentials_for(&inner.auth, self.op.security, token);

        let mut url = String::with_capacity(inner.base_url.len() + self.op.path.len() + 32);
        url.push_str(&inner.base_url);
        self.render_path(&mut url)?;
        let query = {
            let mut query = url::form_urlencoded::Serializer::new(String::new());
            for (name, value) in &self.query {
                query.append_pair(name, value);
            }
            query.finish()
        };
        if !query.is_empty() {
            url.push('?');
            url.push_str(&query);
        }
        let mut url =
            reqwest::Url::parse(&url).map_err(|e| Error::InvalidRequest(format!("invalid URL `{url}`: {e}")))?;
        let mut redacted_url = None;
        if !credentials.query.is_empty() {
            let mut redacted = url.clone();
            for (name, value) in &credentials.query {
                url.query_pairs_mut().append_pair(name, value);
                redacted.query_pairs_mut().append_pair(name, "***");
            }
            redacted_url = Some(redacted);
        }

        let mut builder = inner.http.request(self.op.method.clone(), url);
        let mut headers = inner.default_headers.clone();
        if let Some(accept) = self.op.accept {
            headers.insert(ACCEPT, HeaderValue::from_static(accept));
        }
        for (name, value) in &self.headers {
            let (name, value) = header_pair(name, value)?;
            headers.append(name, value);
        }
        for (name, value) in &credentials.headers {
            let (name, mut value) = header_pair(name, value)?;
            value.set_sensitive(true);
            headers.insert(name, value);
        }
        let cookies: Vec<String> = self
            .cookies
            .iter()
            .map(|(n, v)| (*n, v.as_str()))
            .chain(credentials.cookies.iter().copied())
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        if !cookies.is_empty() {
            let (_, mut value) = header_pair("cookie", &cookies.join("; "))?;
            value.set_sensitive(!credentials.cookies.is_empty());
            headers.insert(COOKIE, value);
        }
        let mut multipart = None;
        if let Some(body) = &self.body {
            let (encoding, media_type) = self.body_encoding(body)?;
            match body.prepare(encoding, media_type)? {
                Prepared::Body { content_type, body } => {
                    let (_, value) = header_pair("content-type", &content_type)?;
                    headers.insert(CONTENT_TYPE, value);
                    builder = builder.body(body);
                }
                Prepared::Multipart(form) => multipart = Some(form),
            }
        }
        builder = builder.headers(headers);
        if let Some(form) = multipart {
            builder = builder.multipart(form);
        }
        if let Some((username, password)) = credentials.basic {
            builder = builder.basic_auth(username, Some(password));
        }
        if let Some(timeout) = self.timeout {
            builder = builder.timeout(timeout);
        }
        Ok((builder.build()?, redacted_url))
    }

    /// Appends the operation path with every `{name}` replaced by its encoded value.
    fn render_path(&self, out: &mut String) -> Result<(), Error> {
        let mut rest = self.op.path;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = rest[open..].find('}').map(|i| open + i).unwrap_or(rest.len());
            let name = &rest[open + 1..close];
            let value = self
                .path_params
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v)
                .ok_or_else(|| Error::InvalidRequest(format!("path parameter `{name}` was not set")))?;
            out.push_str(&encode_path_segment(name, value).map_err(Error::InvalidRequest)?);
            rest = rest.get(close + 1..).unwrap_or("");
        }
        out.push_str(rest);
        Ok(())
    }
}

/// Writes what every generated request builder has besides its own setters: `header`,
/// `timeout`, `retry` and `send_with_response` for one call, the private `into_call` that hands
/// the call over (with a flattened body put in), and `IntoFuture`, so that `.await` sends.
///
/// The first argument is the path of this runtime module as seen from the builder's module
/// (`crate::runtime`; `super::super::runtime` when the crate is included from `build.rs`), since
/// a `macro_rules!` body names items from where it is called. The builder is a struct with a
/// `call: Call<'a>` field, and a `body` field when the operation's body is flattened into
/// setters (`Create(body)`). What it answers is decoded as:
///
/// ```text
/// request_builder!(crate::runtime, List => json PaginatedMetaUserList); // JSON into the type
/// request_builder!(crate::runtime, Create(body) => json Invitation);     // puts `self.body` in
/// request_builder!(crate::runtime, Destroy => empty);                    // no body: `()`
/// request_builder!(crate::runtime, Download => bytes);                   // `bytes::Bytes`
/// request_builder!(crate::runtime, Upload => outcomes UploadOutcome);    // `UploadOutcome::decode`
/// ```
///
/// Everything else is spelled from the root (`::std::..`) so that no name of the calling module
/// can shadow it.
#[allow(unused_macros)] // Only generated code calls it.
macro_rules! request_builder {
    (@into_call $($runtime:ident)::+;) => {
        #[inline]
        fn into_call(self) -> $($runtime)::+::Call<'a> {
            self.call
        }
    };
    (@into_call $($runtime:ident)::+; $body:ident) => {
        #[inline]
        fn into_call(self) -> $($runtime)::+::Call<'a> {
            let mut call = self.call;
            call.body(&self.$body);
            call
        }
    };
    (@methods $($runtime:ident)::+; $builder:ident; $($body:ident)?; $output:ty; $decode:expr) => {
        impl<'a> $builder<'a> {
            /// Adds a header to this call only (tracing, idempotency keys, ...).
            #[inline]
            pub fn header(
                mut self,
                name: impl ::std::convert::Into<::std::string::String>,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.call.extra_header(name.into(), value.into());
                self
            }

            /// Overrides the client's timeout for this call.
            #[inline]
            pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.call.timeout(timeout);
                self
            }

            /// Overrides the client's retry policy for this call.
            #[inline]
            pub fn retry(mut self, policy: $($runtime)::+::RetryPolicy) -> Self {
                self.call.retry(policy);
                self
            }

            /// Sends the request; returns the decoded body with the status, headers and raw body.
            #[inline]
            pub fn send_with_response(self) -> $($runtime)::+::ResponseWithRawFuture<'a, $output> {
                self.into_call().send_decoded_with_response($decode)
            }

            $($runtime)::+::request_builder!(@into_call $($runtime)::+; $($body)?);
        }

        impl<'a> ::std::future::IntoFuture for $builder<'a> {
            type Output = ::std::result::Result<$output, $($runtime)::+::Error>;
            type IntoFuture = $($runtime)::+::ResponseFuture<'a, $output>;

            #[inline]
            fn into_future(self) -> Self::IntoFuture {
                self.into_call().send_decoded($decode)
            }
        }
    };
    ($($runtime:ident)::+, $builder:ident $(($body:ident))? => json $output:ty) => {
        $($runtime)::+::request_builder!(
            @methods $($runtime)::+; $builder; $($body)?; $output; $($runtime)::+::response::json::<$output>
        );
    };
    ($($runtime:ident)::+, $builder:ident $(($body:ident))? => outcomes $output:ty) => {
        $($runtime)::+::request_builder!(@methods $($runtime)::+; $builder; $($body)?; $output; <$output>::decode);
    };
    ($($runtime:ident)::+, $builder:ident $(($body:ident))? => empty) => {
        $($runtime)::+::request_builder!(@methods $($runtime)::+; $builder; $($body)?; (); $($runtime)::+::response::empty);
    };
    ($($runtime:ident)::+, $builder:ident $(($body:ident))? => bytes) => {
        $($runtime)::+::request_builder!(
            @methods $($runtime)::+; $builder; $($body)?; ::bytes::Bytes; $($runtime)::+::response::bytes
        );
    };
}
// Generated code calls it by path; a spec without operations does not call it at all.
pub(crate) use request_builder;

#[cfg(test)]
mod tests {
    use std::future::IntoFuture;

    use super::*;

    /// A builder as the generator writes it (with a flattened body); `super::super` is the runtime
    /// here and in an SDK.
    #[derive(Debug)]
    struct Create<'a> {
        call: Call<'a>,
        body: serde_json::Value,
    }

    impl<'a> Create<'a> {
        fn new(client: &'a Client) -> Self {
            static SPEC: OperationSpec = OperationSpec {
                id: "jobs_create",
                method: Method::POST,
                path: "/jobs",
                security: &[],
                accept: Some("application/json"),
                bodies: &[(BodyEncoding::Json, "application/json")],
                errors: &[],
            };
            Create { call: Call::new(client, &SPEC), body: serde_json::json!({"name": "a"}) }
        }
    }

    super::request_builder!(super::super, Create(body) => json serde_json::Value);

    #[test]
    fn built_calls_carry_the_per_call_settings_and_the_flattened_body() {
        let client = Client::builder("http://127.0.0.1:9").build().expect("a client");
        let call = Create::new(&client)
            .header("X-Trace", "1")
            .timeout(Duration::from_secs(5))
            .retry(RetryPolicy::none())
            .into_call();
        assert_eq!(call.headers, [(Cow::Borrowed("X-Trace"), "1".to_owned())]);
        assert_eq!(call.timeout, Some(Duration::from_secs(5)));
        assert!(call.retry.is_some() && call.body.is_some() && call.error.is_none());
        // Awaiting and `send_with_response` decode through the function the macro was given.
        drop::<ResponseFuture<'_, serde_json::Value>>(Create::new(&client).into_future());
        drop::<ResponseWithRawFuture<'_, serde_json::Value>>(Create::new(&client).send_with_response());
    }

    #[test]
    fn deep_objects_become_bracketed_pairs() {
        let value = serde_json::json!({"name": "ann", "age": 3, "tags": ["a", "b"], "owner": {"id": 1}, "gone": null});
        let mut pairs = Vec::new();
        deep_object_pairs("filter".to_owned(), &value, &mut pairs);
        let pairs: Vec<(String, String)> = pairs.into_iter().map(|(k, v)| (k.into_owned(), v)).collect();
        let want = [
            ("filter[name]", "ann"),
            ("filter[age]", "3"),
            ("filter[tags]", "a"),
            ("filter[tags]", "b"),
            ("filter[owner][id]", "1"),
        ];
        let want: Vec<(String, String)> = want.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        let mut sorted = pairs.clone();
        sorted.sort();
        let mut want_sorted = want.clone();
        want_sorted.sort();
        assert_eq!(sorted, want_sorted);
    }
}

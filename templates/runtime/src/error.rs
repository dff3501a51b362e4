//! The one error type of a generated SDK. Every variant that comes from a response keeps the
//! status, the headers and the raw body, so nothing the server said is lost.

use std::borrow::Cow;
use std::fmt;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// Everything that can go wrong when calling an operation.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a status that the operation does not declare as a success.
    Status(Box<ApiError>),
    /// The server answered with a success status, but the body does not match the declared type.
    Decode(Box<DecodeError>),
    /// No response arrived: connection refused, TLS failure, timeout, or an unreadable body.
    Transport(reqwest::Error),
    /// The request could not be built: an invalid header value, base URL or path parameter.
    /// The message never contains a credential.
    InvalidRequest(String),
    /// A credential could not be obtained: the [`TokenProvider`](super::auth::TokenProvider)
    /// failed. Nothing was sent.
    Credentials(Box<dyn std::error::Error + Send + Sync>),
}

impl Error {
    /// The HTTP status, when the error comes from a response.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Status(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            Error::Transport(e) => e.status(),
            Error::InvalidRequest(_) | Error::Credentials(_) => None,
        }
    }

    /// The raw response body, when the error comes from a response.
    pub fn body(&self) -> Option<&Bytes> {
        match self {
            Error::Status(e) => Some(&e.body),
            Error::Decode(e) => Some(&e.body),
            Error::Transport(_) | Error::InvalidRequest(_) | Error::Credentials(_) => None,
        }
    }

    /// The response headers, when the error comes from a response.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Status(e) => Some(&e.headers),
            Error::Decode(e) => Some(&e.headers),
            Error::Transport(_) | Error::InvalidRequest(_) | Error::Credentials(_) => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Status(e) => e.fmt(f),
            Error::Decode(e) => e.fmt(f),
            Error::Transport(e) => write!(f, "request failed: {e}"),
            Error::InvalidRequest(message) => write!(f, "invalid request: {message}"),
            Error::Credentials(source) => write!(f, "could not obtain credentials: {source}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode(e) => Some(&e.source),
            Error::Transport(e) => Some(e),
            Error::Credentials(source) => Some(source.as_ref()),
            Error::Status(_) | Error::InvalidRequest(_) => None,
        }
    }
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        Error::Transport(e)
    }
}

/// A response whose status the operation does not declare as a success.
#[derive(Debug)]
pub struct ApiError {
    /// The operationId of the call that failed.
    pub operation: &'static str,
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl ApiError {
    /// The body as text, with invalid UTF-8 replaced.
    pub fn text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// Decodes the body as JSON into a type of the caller's choice (an error model of the API).
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` failed with HTTP {}", self.operation, self.status)?;
        write_body_excerpt(f, &self.body)
    }
}

/// A success response whose body does not decode into the operation's declared type.
#[derive(Debug)]
pub struct DecodeError {
    /// The operationId of the call.
    pub operation: &'static str,
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub source: serde_json::Error,
}

impl DecodeError {
    /// The body as text, with invalid UTF-8 replaced.
    pub fn text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}`: the HTTP {} response body does not match its schema: {}",
            self.operation, self.status, self.source
        )?;
        write_body_excerpt(f, &self.body)
    }
}

/// How much of a body an error message quotes; the full body stays available on the error.
const EXCERPT_CHARS: usize = 200;

fn write_body_excerpt(f: &mut fmt::Formatter<'_>, body: &[u8]) -> fmt::Result {
    if body.is_empty() {
        return Ok(());
    }
    let text = String::from_utf8_lossy(body);
    let mut excerpt: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().nth(EXCERPT_CHARS).is_some() {
        excerpt.push('…');
    }
    write!(f, ": {}", excerpt.trim())
}

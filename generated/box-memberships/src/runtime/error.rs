// @generated from templates/runtime/src/error.rs by the generator; do not edit.
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

    /// The declared error body of an [`Error::Status`], typed (see [`ApiError::error_body`]).
    pub fn error_body<T: std::any::Any>(&self) -> Option<&T> {
        match self {
            Error::Status(e) => e.error_body(),
            _ => None,
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
    /// The response status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The response body, as received.
    pub body: Bytes,
    /// The body decoded into the error type the spec declares for this status, when it declares
    /// one and the body matches it; read it with [`ApiError::error_body`].
    pub decoded: Option<Box<dyn ErrorBody>>,
}

impl ApiError {
    /// The declared error body, typed: `error.error_body::<ClientError>()`. `None` when the spec
    /// declares no body (or another type) for this status, or the body does not match it; the raw
    /// body is always in [`ApiError::body`].
    pub fn error_body<T: std::any::Any>(&self) -> Option<&T> {
        self.decoded.as_deref().and_then(|decoded| decoded.as_any().downcast_ref())
    }

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
    /// The response status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The response body, as received.
    pub body: Bytes,
    /// Why the body does not decode, with the line and column.
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

/// A decoded error body of any generated type.
pub trait ErrorBody: std::any::Any + fmt::Debug + Send + Sync {
    /// For downcasting to the concrete type.
    fn as_any(&self) -> &dyn std::any::Any;
}

impl<T: std::any::Any + fmt::Debug + Send + Sync> ErrorBody for T {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Decodes an error body into its declared type; `None` when it does not match.
pub type ErrorDecoder = fn(&[u8]) -> Option<Box<dyn ErrorBody>>;

/// The [`ErrorDecoder`] for the declared type `T`.
pub fn decode_error<T: serde::de::DeserializeOwned + ErrorBody>(body: &[u8]) -> Option<Box<dyn ErrorBody>> {
    serde_json::from_slice::<T>(body).ok().map(|value| Box::new(value) as Box<dyn ErrorBody>)
}

/// The statuses a declared error response covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorStatus {
    /// One status, such as `404`.
    Code(u16),
    /// A class, such as `4XX` (`Range(4)`).
    Range(u16),
    /// `default`: every status not declared otherwise.
    Default,
}

impl ErrorStatus {
    /// The decoder for `status`: an exact code wins over a range, a range over `default`.
    pub fn find(declared: &[(ErrorStatus, ErrorDecoder)], status: u16) -> Option<ErrorDecoder> {
        let pick = |wanted: ErrorStatus| declared.iter().find(|(s, _)| *s == wanted).map(|(_, d)| *d);
        pick(ErrorStatus::Code(status))
            .or_else(|| pick(ErrorStatus::Range(status / 100)))
            .or_else(|| pick(ErrorStatus::Default))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct NotFound {
        code: String,
    }

    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Other {
        message: String,
    }

    #[test]
    fn exact_codes_win_over_ranges_and_default() {
        let declared: &[(ErrorStatus, ErrorDecoder)] = &[
            (ErrorStatus::Default, decode_error::<Other>),
            (ErrorStatus::Range(4), decode_error::<Other>),
            (ErrorStatus::Code(404), decode_error::<NotFound>),
        ];
        let body = br#"{"code": "not_found", "message": "gone"}"#;
        let found = ErrorStatus::find(declared, 404).and_then(|d| d(body)).unwrap();
        assert_eq!((*found).as_any().downcast_ref::<NotFound>(), Some(&NotFound { code: "not_found".into() }));
        let other = ErrorStatus::find(declared, 500).and_then(|d| d(body)).unwrap();
        assert_eq!((*other).as_any().downcast_ref::<Other>(), Some(&Other { message: "gone".into() }));
        assert!(ErrorStatus::find(declared, 409).and_then(|d| d(b"not json")).is_none());
    }
}

// @generated from templates/runtime/src/response.rs by the generator; do not edit.
//! A response as it came off the wire, and the decoders that turn it into an operation's output.

use std::borrow::Cow;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use super::error::{ApiError, DecodeError, Error};

/// Status, headers and body of a response: the second half of `send_with_response()`.
#[derive(Clone, Debug)]
pub struct RawResponse {
    /// The operationId of the call that produced this response.
    pub operation: &'static str,
    /// The response status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The response body, as received.
    pub body: Bytes,
}

impl RawResponse {
    /// The body as text, with invalid UTF-8 replaced.
    pub fn text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// Decodes the body as JSON; a mismatch is an [`Error::Decode`] that keeps the raw body.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, Error> {
        serde_json::from_slice(&self.body).map_err(|source| {
            Error::Decode(Box::new(DecodeError {
                operation: self.operation,
                status: self.status,
                headers: self.headers.clone(),
                body: self.body.clone(),
                source,
            }))
        })
    }
}

/// Decoder for operations with a JSON success body.
pub fn json<T: serde::de::DeserializeOwned>(response: &RawResponse) -> Result<T, Error> {
    response.json()
}

/// Decoder for operations whose success response has no body.
pub fn empty(_: &RawResponse) -> Result<(), Error> {
    Ok(())
}

/// Decoder for operations whose success body is not JSON (files, images, HTML, YAML).
pub fn bytes(response: &RawResponse) -> Result<Bytes, Error> {
    Ok(response.body.clone())
}

/// A success response whose body is read as it arrives: a streamed download. Read it chunk by
/// chunk with [`Download::chunk`], or turn it into a `Stream` with [`Download::into_stream`].
#[derive(Debug)]
pub struct Download {
    /// The operationId of the call.
    pub operation: &'static str,
    response: reqwest::Response,
}

impl Download {
    pub(super) fn new(operation: &'static str, response: reqwest::Response) -> Self {
        Download { operation, response }
    }

    /// The response status.
    pub fn status(&self) -> StatusCode {
        self.response.status()
    }

    /// The response headers (`Content-Type`, `Content-Length`, `Content-Disposition`, ...).
    pub fn headers(&self) -> &HeaderMap {
        self.response.headers()
    }

    /// The next chunk of the body; `None` at its end.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, Error> {
        Ok(self.response.chunk().await?)
    }

    /// The body as a stream of chunks.
    pub fn into_stream(self) -> impl futures_core::Stream<Item = Result<Bytes, Error>> + Send + 'static {
        MapTransport(Box::pin(self.response.bytes_stream()))
    }

    /// The whole body, read into memory.
    pub async fn bytes(self) -> Result<Bytes, Error> {
        Ok(self.response.bytes().await?)
    }
}

/// Turns reqwest's stream errors into [`Error::Transport`].
struct MapTransport<S>(std::pin::Pin<Box<S>>);

impl<S: futures_core::Stream<Item = reqwest::Result<Bytes>>> futures_core::Stream for MapTransport<S> {
    type Item = Result<Bytes, Error>;

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.get_mut().0.as_mut().poll_next(cx).map(|item| item.map(|r| r.map_err(Error::Transport)))
    }
}

/// The error for a success status that the operation does not declare (when its declared
/// successes have different bodies, an undeclared one cannot be decoded).
pub fn undeclared_status(response: &RawResponse) -> Error {
    Error::Status(Box::new(ApiError {
        operation: response.operation,
        status: response.status,
        headers: response.headers.clone(),
        body: response.body.clone(),
        decoded: None,
    }))
}

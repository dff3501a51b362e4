// @generated from templates/runtime/src/lib.rs by the generator; do not edit.
//! The client runtime shared by every generated SDK: HTTP transport, authentication, retries,
//! parameter encoding, response decoding and errors. Generated code stays thin and calls into this module;
//! nothing here depends on a particular spec.
//!
//! With the crate's `tracing` feature (off by default) every call is a `tracing` span named
//! `call` with the fields `operation`, `method`, `path_template`, `attempts`, `status`, `error`
//! and `duration_ms`, and every retry an event in it with `attempt`, `reason`, `status` and
//! `wait_ms`. Nothing a request carries is recorded: no URL, parameter value, header or credential.
//!
//! This file is written into each SDK as `src/runtime/mod.rs`, so sibling modules are reached with
//! `super::` paths, never `crate::`.

pub mod auth;
pub mod body;
pub mod client;
pub mod codec;
pub mod error;
#[cfg(feature = "oauth2")]
pub mod oauth2;
pub mod paginate;
pub mod params;
pub mod request;
pub mod response;
pub mod retry;
mod trace;

pub use auth::{ApiKeyLocation, Auth, ProvidedToken, SchemeKind, Secret, SecurityScheme, TokenFuture, TokenProvider};
pub use body::{BodyEncoding, ByteStream, FilePart};
pub use client::{AttemptObserver, AttemptReport, Client, ClientBuilder, RequestHook};
pub use error::{ApiError, DecodeError, Error, ErrorBody, ErrorStatus, decode_error};
pub use paginate::{Cursor, Page, Pager, Paginator};
pub use request::{Call, OperationSpec, ResponseFuture, ResponseWithRawFuture};
pub use response::{Download, RawResponse};
pub use retry::RetryPolicy;
// What every generated builder and string enum repeats, written once (see each macro); generated
// code calls them by path, and a spec without operations or string enums does not call them.
#[allow(unused_imports)]
pub(crate) use {codec::deserialize_struct, codec::serialize_struct, codec::string_enum, request::request_builder};

// @generated from specs/features/parameters.yaml by the generator; do not edit.
//! # parameters in every location
//!
//! Generated from `specs/features/parameters.yaml` (OpenAPI 3.0, API version 1) in the `tagged` naming style. Do not edit: regenerate.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
pub mod apis;
pub mod models;
pub mod runtime;
pub use runtime::{
    ApiError, Auth, BodyEncoding, Client, ClientBuilder, DecodeError, Download, Error, FilePart, Paginator,
    RawResponse, RetryPolicy, Secret, TokenFuture, TokenProvider,
};

#[cfg(feature = "files")]
pub use apis::files::FilesApi;

/// The first server URL of the spec.
pub const DEFAULT_BASE_URL: &str = "https://api.example.com/v1";

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 0] = [];

impl Client {
    /// The `files` operations.
    #[cfg(feature = "files")]
    pub fn files_api(&self) -> FilesApi<'_> {
        FilesApi::new(self)
    }
}

// @generated from specs/features/names.yaml by the generator; do not edit.
//! # names that need care
//!
//! Generated from `specs/features/names.yaml` (OpenAPI 3.0, API version 1) in the `tagged` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), feature_names::Error> {
//! let client = feature_names::Client::builder("https://api.example.com")
//!     .build()?;
//! let response = client.self_api().r#match("123").await?;
//! # let _ = response;
//! # Ok(())
//! # }
//! ```

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

#[cfg(feature = "self_")]
pub use apis::self_::SelfApi;

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 0] = [];

impl Client {
    /// The `self` operations.
    #[cfg(feature = "self_")]
    pub fn self_api(&self) -> SelfApi<'_> {
        SelfApi::new(self)
    }
}

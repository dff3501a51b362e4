// @generated from specs/features/responses.yaml by the generator; do not edit.
//! # response shapes
//!
//! Generated from `specs/features/responses.yaml` (OpenAPI 3.0, API version 1) in the `tagged` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), feature_responses::Error> {
//! let client = feature_responses::Client::builder("https://api.example.com")
//!     .build()?;
//! let response = client.jobs_api().log(123).await?;
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

#[cfg(feature = "jobs")]
pub use apis::jobs::JobsApi;

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 0] = [];

impl Client {
    /// The `jobs` operations.
    #[cfg(feature = "jobs")]
    pub fn jobs_api(&self) -> JobsApi<'_> {
        JobsApi::new(self)
    }
}

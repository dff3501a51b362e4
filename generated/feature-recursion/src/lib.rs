// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! # recursive schemas
//!
//! Generated from `specs/features/recursion.yaml` (OpenAPI 3.0, API version 1) in the `tagged` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), feature_recursion::Error> {
//! let client = feature_recursion::Client::builder("https://api.example.com")
//!     .build()?;
//! let response = client.nodes_api().list().await?;
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

#[cfg(feature = "nodes")]
pub use apis::nodes::NodesApi;

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 0] = [];

impl Client {
    /// The `nodes` operations.
    #[cfg(feature = "nodes")]
    pub fn nodes_api(&self) -> NodesApi<'_> {
        NodesApi::new(self)
    }
}

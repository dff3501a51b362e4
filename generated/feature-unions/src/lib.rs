// @generated from specs/features/unions.yaml by the generator; do not edit.
//! # oneOf and anyOf
//!
//! Generated from `specs/features/unions.yaml` (OpenAPI 3.0, API version 1) in the `tagged` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), feature_unions::Error> {
//! let client = feature_unions::Client::builder("https://api.example.com")
//!     .build()?;
//! let response = client.items_api().list().await?;
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

#[cfg(feature = "items")]
pub use apis::items::ItemsApi;

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 0] = [];

impl Client {
    /// The `items` operations.
    #[cfg(feature = "items")]
    pub fn items_api(&self) -> ItemsApi<'_> {
        ItemsApi::new(self)
    }
}

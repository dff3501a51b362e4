// @generated from specs/features/external-refs.yaml by the generator; do not edit.
//! # references to other files
//!
//! Generated from `specs/features/external-refs.yaml` (OpenAPI 3.0, API version 1) in the `tagged` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), feature_external_refs::Error> {
//! let client = feature_external_refs::Client::builder("https://api.example.com")
//!     .build()?;
//! let response = client.pets_api().list().await?;
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

#[cfg(feature = "pets")]
pub use apis::pets::PetsApi;

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 0] = [];

impl Client {
    /// The `pets` operations.
    #[cfg(feature = "pets")]
    pub fn pets_api(&self) -> PetsApi<'_> {
        PetsApi::new(self)
    }
}

// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! # OpenAPI 3.1 keywords
//!
//! Every OpenAPI 3.1 construct the generator reads, one property or operation each.
//!
//! Generated from `specs/features/openapi31.yaml` (OpenAPI 3.1, API version 1) in the `tagged` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), feature_openapi31::Error> {
//! let client = feature_openapi31::Client::builder(feature_openapi31::DEFAULT_BASE_URL)
//!     .build()?;
//! let response = client.pets_api().list().await?;
//! # let _ = response;
//! # Ok(())
//! # }
//! ```
//!
//! ## Webhooks
//!
//! Requests this API sends to your server; decode their bodies with the payload types:
//!
//! - `petAdopted` (`POST`): [`models::Adoption`]. A pet found a home.
//! - `petFed` (`POST`): [`models::PetFedPayload`]. Sent when a pet is fed.

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

/// The first server URL of the spec.
pub const DEFAULT_BASE_URL: &str = "https://pets.example.com/v1";

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

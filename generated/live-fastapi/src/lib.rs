// @generated from specs/live/fastapi.json by the generator; do not edit.
//! # Live FastAPI pets
//!
//! Pets and owners, for the live-server tests of the Rust SDK generator.
//!
//! Generated from `specs/live/fastapi.json` (OpenAPI 3.1, API version 1.0.0) in the `tagged` naming style. Do not edit: regenerate.
//!
//! Operation ids of the form `{function}_{path}_{method}` (FastAPI's default) are named after the function: `health_health_get` is `health`.
//!
//! ```no_run
//! # async fn example() -> Result<(), live_fastapi::Error> {
//! let client = live_fastapi::Client::builder("https://api.example.com")
//!     .auth(live_fastapi::Auth::bearer("token"))
//!     .build()?;
//! let response = client.health_api().health().await?;
//! # let _ = response;
//! # Ok(())
//! # }
//! ```
//!
//! ## Authentication
//!
//! Give the client the credentials the API accepts; each call sends those its operation asks for:
//!
//! - `HTTPBearer`: a bearer token: `Auth::bearer(token)`, or `Auth::token_provider(provider)` for tokens that expire
//!
//! ## Webhooks
//!
//! Requests this API sends to your server; decode their bodies with the payload types:
//!
//! - `pet_adopted` (`POST`): [`models::AdoptionEvent`]. Pet Adopted

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

#[cfg(feature = "health")]
pub use apis::health::HealthApi;

#[cfg(feature = "owners")]
pub use apis::owners::OwnersApi;

#[cfg(feature = "pets")]
pub use apis::pets::PetsApi;

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 1] =
    [runtime::SecurityScheme { name: "HTTPBearer", kind: runtime::SchemeKind::Bearer }];

/// The security requirements of the operations, each written once: alternatives (any
/// one will do) of schemes (all sent together). Operations refer to them by index.
pub static SECURITY_REQUIREMENTS: [&[&[&runtime::SecurityScheme]]; 1] = [&[&[&SECURITY_SCHEMES[0]]]];

impl Client {
    /// The `health` operations.
    #[cfg(feature = "health")]
    pub fn health_api(&self) -> HealthApi<'_> {
        HealthApi::new(self)
    }

    /// The `owners` operations.
    #[cfg(feature = "owners")]
    pub fn owners_api(&self) -> OwnersApi<'_> {
        OwnersApi::new(self)
    }

    /// The `pets` operations.
    #[cfg(feature = "pets")]
    pub fn pets_api(&self) -> PetsApi<'_> {
        PetsApi::new(self)
    }
}

// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! # Swagger 2.0 keywords
//!
//! Every Swagger 2.0 construct the generator reads, one parameter or operation each.
//!
//! Generated from `specs/features/swagger2.yaml` (Swagger 2.0, API version 1) in the `tagged` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), feature_swagger2::Error> {
//! let client = feature_swagger2::Client::builder(feature_swagger2::DEFAULT_BASE_URL)
//!     .auth(feature_swagger2::Auth::token("key"))
//!     .build()?;
//! let response = client.pets_api().list().await?;
//! # let _ = response;
//! # Ok(())
//! # }
//! ```
//!
//! ## Authentication
//!
//! Give the client the credentials the API accepts; each call sends those its operation asks for:
//!
//! - `basic`: HTTP basic: `Auth::basic(user, password)`
//! - `token`: header `Authorization` with prefix `Token`: `Auth::api_key("token", value)` or `Auth::token(value)`
//! - `oauth`: OAuth2, a bearer token: `Auth::bearer(token)`, or `Auth::token_provider(provider)` with a provider of [`oauth2::oauth`](oauth2/oauth/index.html) that gets and renews tokens at the spec's URLs (Cargo feature `oauth2`, on by default)
//!
//! A token provider renews its tokens before they expire:
//!
//! ```no_run
//! # fn example() -> Result<(), feature_swagger2::Error> {
//! let provider = feature_swagger2::oauth2::oauth::client_credentials("client id", "client secret");
//! let client = feature_swagger2::Client::builder(feature_swagger2::DEFAULT_BASE_URL)
//!     .auth(feature_swagger2::Auth::token_provider(provider))
//!     .build()?;
//! # let _ = client;
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
pub mod apis;
pub mod models;

#[cfg(feature = "oauth2")]
pub mod oauth2;
pub mod runtime;
pub use runtime::{
    ApiError, Auth, BodyEncoding, Client, ClientBuilder, DecodeError, Download, Error, FilePart, Paginator,
    RawResponse, RetryPolicy, Secret, TokenFuture, TokenProvider,
};

#[cfg(feature = "pets")]
pub use apis::pets::PetsApi;

#[cfg(feature = "auth")]
pub use apis::auth::AuthApi;

/// The first server URL of the spec.
pub const DEFAULT_BASE_URL: &str = "https://pets.example.com/v2";

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 3] = [
    runtime::SecurityScheme { name: "basic", kind: runtime::SchemeKind::Basic },
    runtime::SecurityScheme {
        name: "token",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Header,
            param: "Authorization",
            prefix: Some("Token"),
        },
    },
    runtime::SecurityScheme { name: "oauth", kind: runtime::SchemeKind::Bearer },
];

/// The security requirements of the operations, each written once: alternatives (any
/// one will do) of schemes (all sent together). Operations refer to them by index.
pub static SECURITY_REQUIREMENTS: [&[&[&runtime::SecurityScheme]]; 1] =
    [&[&[&SECURITY_SCHEMES[1]], &[&SECURITY_SCHEMES[0]]]];

impl Client {
    /// The `pets` operations.
    #[cfg(feature = "pets")]
    pub fn pets_api(&self) -> PetsApi<'_> {
        PetsApi::new(self)
    }

    /// The `auth` operations.
    #[cfg(feature = "auth")]
    pub fn auth_api(&self) -> AuthApi<'_> {
        AuthApi::new(self)
    }
}

// @generated from specs/features/auth.yaml by the generator; do not edit.
//! # every kind of security scheme
//!
//! Generated from `specs/features/auth.yaml` (OpenAPI 3.0, API version 1) in the `tagged` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), feature_auth::Error> {
//! let client = feature_auth::Client::builder("https://api.example.com")
//!     .auth(feature_auth::Auth::token("key"))
//!     .build()?;
//! let response = client.things_api().list().await?;
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
//! - `bearer`: a bearer token: `Auth::bearer(token)`, or `Auth::token_provider(provider)` for tokens that expire
//! - `token`: header `Authorization` with prefix `Token`: `Auth::api_key("token", value)` or `Auth::token(value)`
//! - `session`: cookie `sessionid`: `Auth::api_key("session", value)` or `Auth::token(value)`
//! - `csrf`: header `X-CSRFToken`: `Auth::api_key("csrf", value)` or `Auth::token(value)`
//! - `sign`: query parameter `sign`: `Auth::api_key("sign", value)` or `Auth::token(value)`
//! - `oauth2`: OAuth2, a bearer token: `Auth::bearer(token)`, or `Auth::token_provider(provider)` with a provider of [`oauth2::oauth2_scheme`](oauth2/oauth2_scheme/index.html) that gets and renews tokens at the spec's URLs (Cargo feature `oauth2`, on by default)
//!
//! A token provider renews its tokens before they expire:
//!
//! ```no_run
//! # fn example() -> Result<(), feature_auth::Error> {
//! let provider = feature_auth::oauth2::oauth2_scheme::client_credentials("client id", "client secret");
//! let client = feature_auth::Client::builder("https://api.example.com")
//!     .auth(feature_auth::Auth::token_provider(provider))
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

#[cfg(feature = "things")]
pub use apis::things::ThingsApi;

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 7] = [
    runtime::SecurityScheme { name: "basic", kind: runtime::SchemeKind::Basic },
    runtime::SecurityScheme { name: "bearer", kind: runtime::SchemeKind::Bearer },
    runtime::SecurityScheme {
        name: "token",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Header,
            param: "Authorization",
            prefix: Some("Token"),
        },
    },
    runtime::SecurityScheme {
        name: "session",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Cookie,
            param: "sessionid",
            prefix: None,
        },
    },
    runtime::SecurityScheme {
        name: "csrf",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Header,
            param: "X-CSRFToken",
            prefix: None,
        },
    },
    runtime::SecurityScheme {
        name: "sign",
        kind: runtime::SchemeKind::ApiKey { location: runtime::ApiKeyLocation::Query, param: "sign", prefix: None },
    },
    runtime::SecurityScheme { name: "oauth2", kind: runtime::SchemeKind::Bearer },
];

/// The security requirements of the operations, each written once: alternatives (any
/// one will do) of schemes (all sent together). Operations refer to them by index.
pub static SECURITY_REQUIREMENTS: [&[&[&runtime::SecurityScheme]]; 3] = [
    &[&[&SECURITY_SCHEMES[2]], &[&SECURITY_SCHEMES[3], &SECURITY_SCHEMES[4]]],
    &[&[]],
    &[&[&SECURITY_SCHEMES[1]], &[&SECURITY_SCHEMES[5]]],
];

impl Client {
    /// The `things` operations.
    #[cfg(feature = "things")]
    pub fn things_api(&self) -> ThingsApi<'_> {
        ThingsApi::new(self)
    }
}

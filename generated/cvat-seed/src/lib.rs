// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! # CVAT REST API
//!
//! REST API for Computer Vision Annotation Tool (CVAT)
//!
//! Generated from `specs/cvat-seed.yaml` (OpenAPI 3.0, API version 2.0) in the `tagged` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), cvat_seed::Error> {
//! let client = cvat_seed::Client::builder(cvat_seed::DEFAULT_BASE_URL)
//!     .auth(cvat_seed::Auth::token("key"))
//!     .build()?;
//! let response = client.memberships_api().list().await?;
//! # let _ = response;
//! # Ok(())
//! # }
//! ```
//!
//! ## Authentication
//!
//! Give the client the credentials the API accepts; each call sends those its operation asks for:
//!
//! - `accessTokenAuth`: a bearer token: `Auth::bearer(token)`, or `Auth::token_provider(provider)` for tokens that expire
//! - `basicAuth`: HTTP basic: `Auth::basic(user, password)`
//! - `csrfAuth`: cookie `csrftoken`: `Auth::api_key("csrfAuth", value)` or `Auth::token(value)`
//! - `csrfHeaderAuth`: header `X-CSRFToken`: `Auth::api_key("csrfHeaderAuth", value)` or `Auth::token(value)`
//! - `sessionAuth`: cookie `sessionid`: `Auth::api_key("sessionAuth", value)` or `Auth::token(value)`
//! - `signatureAuth`: query parameter `sign`: `Auth::api_key("signatureAuth", value)` or `Auth::token(value)`
//! - `tokenAuth`: header `Authorization` with prefix `Token`: `Auth::api_key("tokenAuth", value)` or `Auth::token(value)`

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

#[cfg(feature = "memberships")]
pub use apis::memberships::MembershipsApi;

#[cfg(feature = "users")]
pub use apis::users::UsersApi;

#[cfg(feature = "invitations")]
pub use apis::invitations::InvitationsApi;

/// The first server URL of the spec.
pub const DEFAULT_BASE_URL: &str = "http://localhost";

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 7] = [
    runtime::SecurityScheme { name: "accessTokenAuth", kind: runtime::SchemeKind::Bearer },
    runtime::SecurityScheme { name: "basicAuth", kind: runtime::SchemeKind::Basic },
    runtime::SecurityScheme {
        name: "csrfAuth",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Cookie,
            param: "csrftoken",
            prefix: None,
        },
    },
    runtime::SecurityScheme {
        name: "csrfHeaderAuth",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Header,
            param: "X-CSRFToken",
            prefix: None,
        },
    },
    runtime::SecurityScheme {
        name: "sessionAuth",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Cookie,
            param: "sessionid",
            prefix: None,
        },
    },
    runtime::SecurityScheme {
        name: "signatureAuth",
        kind: runtime::SchemeKind::ApiKey { location: runtime::ApiKeyLocation::Query, param: "sign", prefix: None },
    },
    runtime::SecurityScheme {
        name: "tokenAuth",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Header,
            param: "Authorization",
            prefix: Some("Token"),
        },
    },
];

/// The security requirements of the operations, each written once: alternatives (any
/// one will do) of schemes (all sent together). Operations refer to them by index.
pub static SECURITY_REQUIREMENTS: [&[&[&runtime::SecurityScheme]]; 1] = [&[
    &[&SECURITY_SCHEMES[6]],
    &[&SECURITY_SCHEMES[0]],
    &[&SECURITY_SCHEMES[4], &SECURITY_SCHEMES[2], &SECURITY_SCHEMES[3]],
    &[&SECURITY_SCHEMES[1]],
    &[&SECURITY_SCHEMES[5]],
]];

impl Client {
    /// The `memberships` operations.
    #[cfg(feature = "memberships")]
    pub fn memberships_api(&self) -> MembershipsApi<'_> {
        MembershipsApi::new(self)
    }

    /// The `users` operations.
    #[cfg(feature = "users")]
    pub fn users_api(&self) -> UsersApi<'_> {
        UsersApi::new(self)
    }

    /// The `invitations` operations.
    #[cfg(feature = "invitations")]
    pub fn invitations_api(&self) -> InvitationsApi<'_> {
        InvitationsApi::new(self)
    }
}

// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! # Live DRF API
//!
//! A small CVAT-like API (users, organizations, memberships, invitations) used by the live-server tests of the Rust SDK generator.
//!
//! Generated from `specs/live/drf-yasg.json` (Swagger 2.0, API version 1.0.0) in the `legacy` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), live_drf_yasg::Error> {
//! let client = live_drf_yasg::Client::builder(live_drf_yasg::DEFAULT_BASE_URL)
//!     .auth(live_drf_yasg::Auth::token("key"))
//!     .build()?;
//! let response = client.invitations_api().invitations_list().await?;
//! # let _ = response;
//! # Ok(())
//! # }
//! ```
//!
//! ## Authentication
//!
//! Give the client the credentials the API accepts; each call sends those its operation asks for:
//!
//! - `basicAuth`: HTTP basic: `Auth::basic(user, password)`
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

#[cfg(feature = "auth")]
pub use apis::auth::AuthApi;

#[cfg(feature = "invitations")]
pub use apis::invitations::InvitationsApi;

#[cfg(feature = "memberships")]
pub use apis::memberships::MembershipsApi;

#[cfg(feature = "organizations")]
pub use apis::organizations::OrganizationsApi;

#[cfg(feature = "users")]
pub use apis::users::UsersApi;

/// The first server URL of the spec.
pub const DEFAULT_BASE_URL: &str = "http://localhost/api";

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 2] = [
    runtime::SecurityScheme { name: "basicAuth", kind: runtime::SchemeKind::Basic },
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
pub static SECURITY_REQUIREMENTS: [&[&[&runtime::SecurityScheme]]; 1] =
    [&[&[&SECURITY_SCHEMES[0]], &[&SECURITY_SCHEMES[1]]]];

impl Client {
    /// The `auth` operations.
    #[cfg(feature = "auth")]
    pub fn auth_api(&self) -> AuthApi<'_> {
        AuthApi::new(self)
    }

    /// The `invitations` operations.
    #[cfg(feature = "invitations")]
    pub fn invitations_api(&self) -> InvitationsApi<'_> {
        InvitationsApi::new(self)
    }

    /// The `memberships` operations.
    #[cfg(feature = "memberships")]
    pub fn memberships_api(&self) -> MembershipsApi<'_> {
        MembershipsApi::new(self)
    }

    /// The `organizations` operations.
    #[cfg(feature = "organizations")]
    pub fn organizations_api(&self) -> OrganizationsApi<'_> {
        OrganizationsApi::new(self)
    }

    /// The `users` operations.
    #[cfg(feature = "users")]
    pub fn users_api(&self) -> UsersApi<'_> {
        UsersApi::new(self)
    }
}

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! # Box Platform API
//!
//! [Box Platform](https://developer.box.com) provides functionality to provide access to content stored within [Box](https://box.com). It provides endpoints for basic manipulation of files and folders, management of users within an enterprise, as well as more complex topics such as legal holds and retention policies.
//!
//! Generated from `../shared/specs/box.json` (OpenAPI 3.0, API version 2024.0) in the `box` naming style. Do not edit: regenerate.
//!
//! Only the operations that `group:memberships` selects, and the types they reach, named as in the crate of the whole spec.
//!
//! ```no_run
//! # async fn example() -> Result<(), box_memberships::Error> {
//! let client = box_memberships::Client::builder(box_memberships::DEFAULT_BASE_URL)
//!     .auth(box_memberships::Auth::bearer("token"))
//!     .build()?;
//! let response = client.memberships().get_user_memberships("123").await?;
//! # let _ = response;
//! # Ok(())
//! # }
//! ```
//!
//! ## Authentication
//!
//! Give the client the credentials the API accepts; each call sends those its operation asks for:
//!
//! - `OAuth2Security`: OAuth2, a bearer token: `Auth::bearer(token)`, or `Auth::token_provider(provider)` with a provider of [`oauth2::oauth2_security`](oauth2/oauth2_security/index.html) that gets and renews tokens at the spec's URLs (Cargo feature `oauth2`, on by default)
//!
//! A token provider renews its tokens before they expire:
//!
//! ```no_run
//! # fn example() -> Result<(), box_memberships::Error> {
//! # fn save(_refresh_token: &str) {}
//! let provider = box_memberships::oauth2::oauth2_security::refresh_token("client id", "refresh token")
//!     .client_secret("client secret")
//!     .on_refresh_token(|rotated| save(rotated.expose()));
//! let client = box_memberships::Client::builder(box_memberships::DEFAULT_BASE_URL)
//!     .auth(box_memberships::Auth::token_provider(provider))
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

#[cfg(feature = "memberships")]
pub use apis::memberships::MembershipsManager;

/// The first server URL of the spec.
pub const DEFAULT_BASE_URL: &str = "https://api.box.com/2.0";

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 1] =
    [runtime::SecurityScheme { name: "OAuth2Security", kind: runtime::SchemeKind::Bearer }];

/// The security requirements of the operations, each written once: alternatives (any
/// one will do) of schemes (all sent together). Operations refer to them by index.
pub static SECURITY_REQUIREMENTS: [&[&[&runtime::SecurityScheme]]; 1] = [&[&[&SECURITY_SCHEMES[0]]]];

impl Client {
    /// The `memberships` operations.
    #[cfg(feature = "memberships")]
    pub fn memberships(&self) -> MembershipsManager<'_> {
        MembershipsManager::new(self)
    }
}

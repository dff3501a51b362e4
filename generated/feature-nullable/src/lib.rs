// @generated from specs/features/nullable.yaml by the generator; do not edit.
//! # null versus absent
//!
//! Generated from `specs/features/nullable.yaml` (OpenAPI 3.0, API version 1) in the `tagged` naming style. Do not edit: regenerate.
//!
//! ```no_run
//! # async fn example() -> Result<(), feature_nullable::Error> {
//! let client = feature_nullable::Client::builder("https://api.example.com")
//!     .build()?;
//! let response = client.groups_api().partial_update(123).await?;
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

#[cfg(feature = "groups")]
pub use apis::groups::GroupsApi;

/// The security schemes of the spec, in spec order; the requirements of operations refer to them
/// by index.
pub static SECURITY_SCHEMES: [runtime::SecurityScheme; 0] = [];

impl Client {
    /// The `groups` operations.
    #[cfg(feature = "groups")]
    pub fn groups_api(&self) -> GroupsApi<'_> {
        GroupsApi::new(self)
    }
}

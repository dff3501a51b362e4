// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

mod client_error;
mod group_base;
mod group_membership;
mod group_memberships;
mod group_mini;
mod user_base;
mod user_mini;
pub use client_error::*;
pub use group_base::*;
pub use group_membership::*;
pub use group_memberships::*;
pub use group_mini::*;
pub use user_base::*;
pub use user_mini::*;

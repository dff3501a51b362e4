// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(any(feature = "invitations", feature = "memberships", feature = "organizations"))]
mod basic_user;

#[cfg(feature = "auth")]
mod detail;

#[cfg(feature = "invitations")]
mod invitation;

#[cfg(feature = "auth")]
mod login;

#[cfg(feature = "organizations")]
mod logo;

#[cfg(any(feature = "invitations", feature = "memberships"))]
mod membership;

#[cfg(feature = "organizations")]
mod organization;

#[cfg(feature = "auth")]
mod token;

#[cfg(feature = "users")]
mod user;

#[cfg(any(feature = "invitations", feature = "memberships", feature = "organizations"))]
pub use basic_user::*;

#[cfg(feature = "auth")]
pub use detail::*;

#[cfg(feature = "invitations")]
pub use invitation::*;

#[cfg(feature = "auth")]
pub use login::*;

#[cfg(feature = "organizations")]
pub use logo::*;

#[cfg(any(feature = "invitations", feature = "memberships"))]
pub use membership::*;

#[cfg(feature = "organizations")]
pub use organization::*;

#[cfg(feature = "auth")]
pub use token::*;

#[cfg(feature = "users")]
pub use user::*;

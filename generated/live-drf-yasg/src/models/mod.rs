// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

mod basic_user;
mod detail;
mod invitation;
mod login;
mod logo;
mod membership;
mod organization;
mod token;
mod user;
pub use basic_user::*;
pub use detail::*;
pub use invitation::*;
pub use login::*;
pub use logo::*;
pub use membership::*;
pub use organization::*;
pub use token::*;
pub use user::*;

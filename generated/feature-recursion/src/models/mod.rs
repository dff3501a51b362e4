// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(feature = "nodes")]
mod node;

#[cfg(feature = "other-models")]
mod ping;

#[cfg(feature = "other-models")]
mod pong;

#[cfg(feature = "nodes")]
pub use node::*;

#[cfg(feature = "other-models")]
pub use ping::*;

#[cfg(feature = "other-models")]
pub use pong::*;

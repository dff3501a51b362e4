// @generated from specs/features/names.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(feature = "other-models")]
mod file_full;

#[cfg(feature = "other-models")]
mod file_full_2;

#[cfg(feature = "self_")]
mod result;

#[cfg(feature = "other-models")]
pub use file_full::*;

#[cfg(feature = "other-models")]
pub use file_full_2::*;

#[cfg(feature = "self_")]
pub use result::*;

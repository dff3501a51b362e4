// @generated from specs/features/all-of.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(feature = "pets")]
mod dog;

#[cfg(feature = "other-models")]
mod labelled;
mod pet;

#[cfg(feature = "pets")]
pub use dog::*;

#[cfg(feature = "other-models")]
pub use labelled::*;
pub use pet::*;

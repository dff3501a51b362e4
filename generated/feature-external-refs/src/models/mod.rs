// @generated from specs/features/external-refs.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

mod pet;
mod tag;
pub use pet::*;
pub use tag::*;

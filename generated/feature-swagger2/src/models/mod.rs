// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(feature = "other-models")]
mod animal;

#[cfg(feature = "pets")]
mod error;

#[cfg(feature = "pets")]
mod owner;

#[cfg(feature = "pets")]
mod pet;

#[cfg(feature = "pets")]
mod pet_page;

#[cfg(feature = "pets")]
mod pet_patch;

#[cfg(feature = "other-models")]
pub use animal::*;

#[cfg(feature = "pets")]
pub use error::*;

#[cfg(feature = "pets")]
pub use owner::*;

#[cfg(feature = "pets")]
pub use pet::*;

#[cfg(feature = "pets")]
pub use pet_page::*;

#[cfg(feature = "pets")]
pub use pet_patch::*;

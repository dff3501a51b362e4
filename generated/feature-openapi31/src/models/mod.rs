// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(feature = "other-models")]
mod adoption;

#[cfg(feature = "pets")]
mod cat;

#[cfg(feature = "pets")]
mod dog;

#[cfg(feature = "pets")]
mod kind;

#[cfg(feature = "pets")]
mod owner;

#[cfg(feature = "pets")]
mod pet;

#[cfg(feature = "other-models")]
mod pet_fed_payload;

#[cfg(feature = "pets")]
mod vaccination;

#[cfg(feature = "other-models")]
pub use adoption::*;

#[cfg(feature = "pets")]
pub use cat::*;

#[cfg(feature = "pets")]
pub use dog::*;

#[cfg(feature = "pets")]
pub use kind::*;

#[cfg(feature = "pets")]
pub use owner::*;

#[cfg(feature = "pets")]
pub use pet::*;

#[cfg(feature = "other-models")]
pub use pet_fed_payload::*;

#[cfg(feature = "pets")]
pub use vaccination::*;

// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

mod adoption;
mod cat;
mod dog;
mod kind;
mod owner;
mod pet;
mod pet_fed_payload;
mod vaccination;
pub use adoption::*;
pub use cat::*;
pub use dog::*;
pub use kind::*;
pub use owner::*;
pub use pet::*;
pub use pet_fed_payload::*;
pub use vaccination::*;

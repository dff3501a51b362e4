// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

mod animal;
mod error;
mod owner;
mod pet;
mod pet_page;
mod pet_patch;
pub use animal::*;
pub use error::*;
pub use owner::*;
pub use pet::*;
pub use pet_page::*;
pub use pet_patch::*;

// @generated from specs/features/unions.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(feature = "other-models")]
mod circle;

#[cfg(feature = "other-models")]
mod event;

#[cfg(feature = "other-models")]
mod event_created;

#[cfg(feature = "other-models")]
mod event_unknown;

#[cfg(feature = "items")]
mod file;

#[cfg(feature = "items")]
mod folder;

#[cfg(feature = "items")]
mod item;

#[cfg(feature = "other-models")]
mod null_enum;

#[cfg(feature = "other-models")]
mod shape;

#[cfg(feature = "other-models")]
mod size;

#[cfg(feature = "other-models")]
mod square;

#[cfg(feature = "other-models")]
mod status;

#[cfg(feature = "other-models")]
mod ticket;

#[cfg(feature = "other-models")]
pub use circle::*;

#[cfg(feature = "other-models")]
pub use event::*;

#[cfg(feature = "other-models")]
pub use event_created::*;

#[cfg(feature = "other-models")]
pub use event_unknown::*;

#[cfg(feature = "items")]
pub use file::*;

#[cfg(feature = "items")]
pub use folder::*;

#[cfg(feature = "items")]
pub use item::*;

#[cfg(feature = "other-models")]
pub use null_enum::*;

#[cfg(feature = "other-models")]
pub use shape::*;

#[cfg(feature = "other-models")]
pub use size::*;

#[cfg(feature = "other-models")]
pub use square::*;

#[cfg(feature = "other-models")]
pub use status::*;

#[cfg(feature = "other-models")]
pub use ticket::*;

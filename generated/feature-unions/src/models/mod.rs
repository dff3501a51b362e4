// @generated from specs/features/unions.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

mod circle;
mod event;
mod event_created;
mod event_unknown;
mod file;
mod folder;
mod item;
mod null_enum;
mod shape;
mod size;
mod square;
mod status;
mod ticket;
pub use circle::*;
pub use event::*;
pub use event_created::*;
pub use event_unknown::*;
pub use file::*;
pub use folder::*;
pub use item::*;
pub use null_enum::*;
pub use shape::*;
pub use size::*;
pub use square::*;
pub use status::*;
pub use ticket::*;

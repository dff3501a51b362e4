// @generated from ../shared/specs/box.json by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "memberships")]
pub mod memberships;

// @generated from specs/features/unions.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "items")]
pub mod items;

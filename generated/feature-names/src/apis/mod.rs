// @generated from specs/features/names.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "self_")]
pub mod self_;

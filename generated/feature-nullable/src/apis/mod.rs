// @generated from specs/features/nullable.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "groups")]
pub mod groups;

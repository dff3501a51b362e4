// @generated from specs/features/parameters.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "files")]
pub mod files;

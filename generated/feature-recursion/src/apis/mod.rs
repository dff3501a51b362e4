// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "nodes")]
pub mod nodes;

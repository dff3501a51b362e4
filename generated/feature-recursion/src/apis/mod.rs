// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

pub mod nodes;

// @generated from specs/features/names.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

pub mod self_;

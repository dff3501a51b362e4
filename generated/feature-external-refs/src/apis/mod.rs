// @generated from specs/features/external-refs.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "pets")]
pub mod pets;

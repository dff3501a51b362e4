// @generated from specs/features/auth.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "things")]
pub mod things;

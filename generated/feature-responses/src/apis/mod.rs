// @generated from specs/features/responses.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "jobs")]
pub mod jobs;

// @generated from specs/features/enums.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "videos")]
pub mod videos;

// @generated from specs/live/fastapi.json by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "health")]
pub mod health;

#[cfg(feature = "owners")]
pub mod owners;

#[cfg(feature = "pets")]
pub mod pets;

// @generated from specs/live/fastapi.json by the generator; do not edit.
//! One module per operation group: its API type and request builders.

pub mod health;
pub mod owners;
pub mod pets;

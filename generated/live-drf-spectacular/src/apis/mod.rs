// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

pub mod auth;
pub mod invitations;
pub mod memberships;
pub mod organizations;
pub mod users;

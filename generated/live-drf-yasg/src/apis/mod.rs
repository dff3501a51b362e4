// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "auth")]
pub mod auth;

#[cfg(feature = "invitations")]
pub mod invitations;

#[cfg(feature = "memberships")]
pub mod memberships;

#[cfg(feature = "organizations")]
pub mod organizations;

#[cfg(feature = "users")]
pub mod users;

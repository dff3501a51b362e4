// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

#[cfg(feature = "memberships")]
pub mod memberships;

#[cfg(feature = "users")]
pub mod users;

#[cfg(feature = "invitations")]
pub mod invitations;

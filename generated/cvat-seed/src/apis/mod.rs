// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

pub mod invitations;
pub mod memberships;
pub mod users;

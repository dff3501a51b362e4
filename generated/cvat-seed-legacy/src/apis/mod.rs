// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! One module per operation group: its API type and request builders.

/// The `memberships` operations ([`MembershipsApi`]).
pub mod memberships;

/// The `users` operations ([`UsersApi`]).
pub mod users;

/// The `invitations` operations ([`InvitationsApi`]).
pub mod invitations;

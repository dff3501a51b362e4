// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(feature = "invitations")]
mod basic_organization;
mod basic_user;

#[cfg(feature = "invitations")]
mod invitation_read;

#[cfg(feature = "invitations")]
mod invitation_write;

#[cfg(feature = "invitations")]
mod invitation_write_request;

#[cfg(feature = "memberships")]
mod membership_read;

#[cfg(feature = "users")]
mod meta_user;

#[cfg(feature = "invitations")]
mod paginated_invitation_read_list;

#[cfg(feature = "memberships")]
mod paginated_membership_read_list;

#[cfg(feature = "users")]
mod paginated_meta_user_list;

#[cfg(feature = "invitations")]
mod patched_invitation_write_request;

#[cfg(feature = "memberships")]
mod patched_membership_write_request;

#[cfg(feature = "users")]
mod patched_user_request;

#[cfg(any(feature = "invitations", feature = "memberships"))]
mod role_enum;

#[cfg(feature = "users")]
mod user;

#[cfg(feature = "invitations")]
pub use basic_organization::*;
pub use basic_user::*;

#[cfg(feature = "invitations")]
pub use invitation_read::*;

#[cfg(feature = "invitations")]
pub use invitation_write::*;

#[cfg(feature = "invitations")]
pub use invitation_write_request::*;

#[cfg(feature = "memberships")]
pub use membership_read::*;

#[cfg(feature = "users")]
pub use meta_user::*;

#[cfg(feature = "invitations")]
pub use paginated_invitation_read_list::*;

#[cfg(feature = "memberships")]
pub use paginated_membership_read_list::*;

#[cfg(feature = "users")]
pub use paginated_meta_user_list::*;

#[cfg(feature = "invitations")]
pub use patched_invitation_write_request::*;

#[cfg(feature = "memberships")]
pub use patched_membership_write_request::*;

#[cfg(feature = "users")]
pub use patched_user_request::*;

#[cfg(any(feature = "invitations", feature = "memberships"))]
pub use role_enum::*;

#[cfg(feature = "users")]
pub use user::*;

// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

#[cfg(any(feature = "invitations", feature = "memberships", feature = "organizations"))]
mod basic_user;

#[cfg(feature = "auth")]
mod detail;

#[cfg(feature = "invitations")]
mod invitation;

#[cfg(feature = "invitations")]
mod invitation_request;

#[cfg(feature = "auth")]
mod login_request;

#[cfg(feature = "organizations")]
mod logo;

#[cfg(feature = "organizations")]
mod logo_upload_request;

#[cfg(any(feature = "invitations", feature = "memberships"))]
mod membership;

#[cfg(feature = "organizations")]
mod organization;

#[cfg(feature = "organizations")]
mod organization_request;

#[cfg(feature = "invitations")]
mod paginated_invitation_list;

#[cfg(feature = "memberships")]
mod paginated_membership_list;

#[cfg(feature = "organizations")]
mod paginated_organization_list;

#[cfg(feature = "users")]
mod paginated_user_list;

#[cfg(feature = "invitations")]
mod patched_invitation_request;

#[cfg(feature = "memberships")]
mod patched_membership_request;

#[cfg(feature = "organizations")]
mod patched_organization_request;

#[cfg(feature = "users")]
mod patched_user_request;

#[cfg(any(feature = "invitations", feature = "memberships"))]
mod role_enum;

#[cfg(feature = "auth")]
mod token;

#[cfg(feature = "users")]
mod user;

#[cfg(any(feature = "invitations", feature = "memberships", feature = "organizations"))]
pub use basic_user::*;

#[cfg(feature = "auth")]
pub use detail::*;

#[cfg(feature = "invitations")]
pub use invitation::*;

#[cfg(feature = "invitations")]
pub use invitation_request::*;

#[cfg(feature = "auth")]
pub use login_request::*;

#[cfg(feature = "organizations")]
pub use logo::*;

#[cfg(feature = "organizations")]
pub use logo_upload_request::*;

#[cfg(any(feature = "invitations", feature = "memberships"))]
pub use membership::*;

#[cfg(feature = "organizations")]
pub use organization::*;

#[cfg(feature = "organizations")]
pub use organization_request::*;

#[cfg(feature = "invitations")]
pub use paginated_invitation_list::*;

#[cfg(feature = "memberships")]
pub use paginated_membership_list::*;

#[cfg(feature = "organizations")]
pub use paginated_organization_list::*;

#[cfg(feature = "users")]
pub use paginated_user_list::*;

#[cfg(feature = "invitations")]
pub use patched_invitation_request::*;

#[cfg(feature = "memberships")]
pub use patched_membership_request::*;

#[cfg(feature = "organizations")]
pub use patched_organization_request::*;

#[cfg(feature = "users")]
pub use patched_user_request::*;

#[cfg(any(feature = "invitations", feature = "memberships"))]
pub use role_enum::*;

#[cfg(feature = "auth")]
pub use token::*;

#[cfg(feature = "users")]
pub use user::*;

// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

mod basic_user;
mod detail;
mod invitation;
mod invitation_request;
mod login_request;
mod logo;
mod logo_upload_request;
mod membership;
mod organization;
mod organization_request;
mod paginated_invitation_list;
mod paginated_membership_list;
mod paginated_organization_list;
mod paginated_user_list;
mod patched_invitation_request;
mod patched_membership_request;
mod patched_organization_request;
mod patched_user_request;
mod role_enum;
mod token;
mod user;
pub use basic_user::*;
pub use detail::*;
pub use invitation::*;
pub use invitation_request::*;
pub use login_request::*;
pub use logo::*;
pub use logo_upload_request::*;
pub use membership::*;
pub use organization::*;
pub use organization_request::*;
pub use paginated_invitation_list::*;
pub use paginated_membership_list::*;
pub use paginated_organization_list::*;
pub use paginated_user_list::*;
pub use patched_invitation_request::*;
pub use patched_membership_request::*;
pub use patched_organization_request::*;
pub use patched_user_request::*;
pub use role_enum::*;
pub use token::*;
pub use user::*;

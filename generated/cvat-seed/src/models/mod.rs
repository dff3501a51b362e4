// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! The schemas of the spec as Rust types, one file per schema (with the types nested in it).
//!
//! Types made for a single operation (inline request bodies and parameters, multi-status
//! responses) live in that operation's module under [`crate::apis`].

mod basic_organization;
mod basic_user;
mod invitation_read;
mod invitation_write;
mod invitation_write_request;
mod membership_read;
mod meta_user;
mod paginated_invitation_read_list;
mod paginated_membership_read_list;
mod paginated_meta_user_list;
mod patched_invitation_write_request;
mod patched_membership_write_request;
mod patched_user_request;
mod role_enum;
mod user;
pub use basic_organization::*;
pub use basic_user::*;
pub use invitation_read::*;
pub use invitation_write::*;
pub use invitation_write_request::*;
pub use membership_read::*;
pub use meta_user::*;
pub use paginated_invitation_read_list::*;
pub use paginated_membership_read_list::*;
pub use paginated_meta_user_list::*;
pub use patched_invitation_write_request::*;
pub use patched_membership_write_request::*;
pub use patched_user_request::*;
pub use role_enum::*;
pub use user::*;

// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`Membership`] and the types nested in it, from `#/components/schemas/Membership`.

use crate::runtime::{self, deserialize_struct};

/// The `Membership` schema, which the spec does not describe (`#/components/schemas/Membership`).
#[derive(Clone, Debug, PartialEq)]
pub struct Membership {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Membership/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: i64,
    /// The `user` property, which the spec does not describe (`#/components/schemas/Membership/properties/user`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub user: super::BasicUser,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/Membership/properties/organization`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization: i64,
    /// The `role` property, which the spec does not describe (`#/components/schemas/Membership/properties/role`).
    pub role: super::RoleEnum,
    /// The `is_active` property, which the spec does not describe (`#/components/schemas/Membership/properties/is_active`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub is_active: bool,
    /// The `joined_date` property, which the spec does not describe (`#/components/schemas/Membership/properties/joined_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub joined_date: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Membership {
        id: required("id"),
        user: required("user"),
        organization: required("organization"),
        role: required("role"),
        is_active: required("is_active"),
        joined_date: required("joined_date")
    }
);

deserialize_struct!(
    runtime,
    Membership {
        id: required::<i64>("id"),
        user: required::<super::BasicUser>("user"),
        organization: required::<i64>("organization"),
        role: required::<super::RoleEnum>("role"),
        is_active: required::<bool>("is_active"),
        joined_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("joined_date")
    }
);

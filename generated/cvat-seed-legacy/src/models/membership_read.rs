// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`MembershipRead`] and the types nested in it, from `#/components/schemas/MembershipRead`.

use crate::runtime::{self, deserialize_struct};

/// The `MembershipRead` schema, which the spec does not describe (`#/components/schemas/MembershipRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct MembershipRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/MembershipRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/MembershipRead/properties/user`).
    pub user: super::BasicUser,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/MembershipRead/properties/organization`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization: Option<i64>,
    /// The `is_active` property, which the spec does not describe (`#/components/schemas/MembershipRead/properties/is_active`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub is_active: Option<bool>,
    /// The `joined_date` property, which the spec does not describe (`#/components/schemas/MembershipRead/properties/joined_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub joined_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `role` property, which the spec does not describe (`#/components/schemas/MembershipRead/properties/role`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub role: Option<super::RoleEnum>,
    /// The `invitation` property, which the spec does not describe (`#/components/schemas/MembershipRead/properties/invitation`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub invitation: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MembershipRead {
        id: optional("id"),
        user: required("user"),
        organization: optional("organization"),
        is_active: optional("is_active"),
        joined_date: optional("joined_date"),
        role: optional("role"),
        invitation: optional("invitation")
    }
);

deserialize_struct!(
    runtime,
    MembershipRead {
        id: optional::<Option<i64>>("id"),
        user: required::<super::BasicUser>("user"),
        organization: optional::<Option<i64>>("organization"),
        is_active: optional::<Option<bool>>("is_active"),
        joined_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("joined_date"),
        role: optional::<Option<super::RoleEnum>>("role"),
        invitation: optional::<Option<String>>("invitation")
    }
);

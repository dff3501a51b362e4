// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`InvitationRead`] and the types nested in it, from `#/components/schemas/InvitationRead`.

use crate::runtime::{self, deserialize_struct};

/// The `InvitationRead` schema, which the spec does not describe (`#/components/schemas/InvitationRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct InvitationRead {
    /// The `key` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/key`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub key: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/owner`).
    pub owner: Option<super::BasicUser>,
    /// The `role` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/role`).
    pub role: super::RoleEnum,
    /// The `user` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/user`).
    pub user: super::BasicUser,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/organization`).
    pub organization: i64,
    /// The `expired` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/expired`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub expired: Option<bool>,
    /// The `accepted` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/accepted`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub accepted: Option<bool>,
    /// The `organization_info` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/organization_info`).
    pub organization_info: super::BasicOrganization,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    InvitationRead {
        key: optional("key"),
        created_date: optional("created_date"),
        owner: required("owner"),
        role: required("role"),
        user: required("user"),
        organization: required("organization"),
        expired: optional("expired"),
        accepted: optional("accepted"),
        organization_info: required("organization_info")
    }
);

deserialize_struct!(
    runtime,
    InvitationRead {
        key: optional::<Option<String>>("key"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        owner: optional::<Option<super::BasicUser>>("owner"),
        role: required::<super::RoleEnum>("role"),
        user: required::<super::BasicUser>("user"),
        organization: required::<i64>("organization"),
        expired: optional::<Option<bool>>("expired"),
        accepted: optional::<Option<bool>>("accepted"),
        organization_info: required::<super::BasicOrganization>("organization_info")
    }
);

// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`InvitationWrite`] and the types nested in it, from `#/components/schemas/InvitationWrite`.

use crate::runtime::{self, deserialize_struct};

/// The `InvitationWrite` schema, which the spec does not describe (`#/components/schemas/InvitationWrite`).
#[derive(Clone, Debug, PartialEq)]
pub struct InvitationWrite {
    /// The `role` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/role`).
    pub role: super::RoleEnum,
    /// The `email` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/email`).
    pub email: String,
    /// The `key` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/key`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub key: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/owner`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub owner: Option<i64>,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/organization`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    InvitationWrite {
        role: required("role"),
        email: required("email"),
        key: optional("key"),
        created_date: optional("created_date"),
        owner: optional("owner"),
        organization: optional("organization")
    }
);

deserialize_struct!(
    runtime,
    InvitationWrite {
        role: required::<super::RoleEnum>("role"),
        email: required::<String>("email"),
        key: optional::<Option<String>>("key"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        owner: optional::<Option<i64>>("owner"),
        organization: optional::<Option<i64>>("organization")
    }
);

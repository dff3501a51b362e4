// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`Invitation`] and the types nested in it, from `#/components/schemas/Invitation`.

use crate::runtime::{self, deserialize_struct};

/// The `Invitation` schema, which the spec does not describe (`#/components/schemas/Invitation`).
#[derive(Clone, Debug, PartialEq)]
pub struct Invitation {
    /// The `key` property, which the spec does not describe (`#/components/schemas/Invitation/properties/key`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub key: String,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/Invitation/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: chrono::DateTime<chrono::Utc>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/Invitation/properties/owner`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub owner: super::BasicUser,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/Invitation/properties/organization`).
    pub organization: i64,
    /// The `role` property, which the spec does not describe (`#/components/schemas/Invitation/properties/role`).
    pub role: super::RoleEnum,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub user: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Invitation {
        key: required("key"),
        created_date: required("created_date"),
        owner: required("owner"),
        organization: required("organization"),
        role: required("role"),
        user: required("user")
    }
);

deserialize_struct!(
    runtime,
    Invitation {
        key: required::<String>("key"),
        created_date: required::<chrono::DateTime<chrono::Utc>>("created_date"),
        owner: required::<super::BasicUser>("owner"),
        organization: required::<i64>("organization"),
        role: required::<super::RoleEnum>("role"),
        user: required::<String>("user")
    }
);

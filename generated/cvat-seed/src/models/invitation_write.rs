// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`InvitationWrite`] and the types nested in it, from `#/components/schemas/InvitationWrite`.

use crate::runtime::{self, deserialize_struct};

/// The `InvitationWrite` schema, which the spec does not describe (`#/components/schemas/InvitationWrite`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct InvitationWrite {
    /// The `role` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/role`).
    pub role: super::RoleEnum,
    /// The `email` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/email`).
    pub email: String,
    /// The `key` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/key`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub key: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/owner`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub owner: Option<i64>,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/InvitationWrite/properties/organization`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub organization: Option<i64>,
}

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

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`InvitationRead`] and the types nested in it, from `#/components/schemas/InvitationRead`.

/// The `InvitationRead` schema, which the spec does not describe (`#/components/schemas/InvitationRead`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct InvitationRead {
    /// The `key` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/key`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expired: Option<bool>,
    /// The `accepted` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/accepted`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<bool>,
    /// The `organization_info` property, which the spec does not describe (`#/components/schemas/InvitationRead/properties/organization_info`).
    pub organization_info: super::BasicOrganization,
}

// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`InvitationRead`] and the types nested in it, from `#/components/schemas/InvitationRead`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct InvitationRead {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    pub owner: Option<super::BasicUser>,
    pub role: super::RoleEnum,
    pub user: super::BasicUser,
    pub organization: i64,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expired: Option<bool>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<bool>,
    pub organization_info: super::BasicOrganization,
}

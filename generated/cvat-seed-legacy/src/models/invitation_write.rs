// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`InvitationWrite`] and the types nested in it, from `#/components/schemas/InvitationWrite`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct InvitationWrite {
    pub role: super::RoleEnum,
    pub email: String,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<i64>,
}

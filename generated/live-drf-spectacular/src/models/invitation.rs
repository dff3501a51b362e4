// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`Invitation`] and the types nested in it, from `#/components/schemas/Invitation`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Invitation {
    /// Read-only: set by the server, ignored when sent.
    pub key: String,
    /// Read-only: set by the server, ignored when sent.
    pub created_date: chrono::DateTime<chrono::Utc>,
    /// Read-only: set by the server, ignored when sent.
    pub owner: super::BasicUser,
    pub organization: i64,
    pub role: super::RoleEnum,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub user: String,
}

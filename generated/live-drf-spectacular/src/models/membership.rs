// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`Membership`] and the types nested in it, from `#/components/schemas/Membership`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Membership {
    /// Read-only: set by the server, ignored when sent.
    pub id: i64,
    /// Read-only: set by the server, ignored when sent.
    pub user: super::BasicUser,
    /// Read-only: set by the server, ignored when sent.
    pub organization: i64,
    pub role: super::RoleEnum,
    /// Read-only: set by the server, ignored when sent.
    pub is_active: bool,
    /// Read-only: set by the server, ignored when sent.
    pub joined_date: Option<chrono::DateTime<chrono::Utc>>,
}

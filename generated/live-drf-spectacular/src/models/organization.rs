// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`Organization`] and the types nested in it, from `#/components/schemas/Organization`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Organization {
    /// Read-only: set by the server, ignored when sent.
    pub id: i64,
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Read-only: set by the server, ignored when sent.
    pub created_date: chrono::DateTime<chrono::Utc>,
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: chrono::DateTime<chrono::Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<std::collections::BTreeMap<String, String>>,
    /// Read-only: set by the server, ignored when sent.
    pub owner: super::BasicUser,
}

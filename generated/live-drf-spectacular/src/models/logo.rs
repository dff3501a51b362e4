// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`Logo`] and the types nested in it, from `#/components/schemas/Logo`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Logo {
    /// Read-only: set by the server, ignored when sent.
    pub filename: String,
    /// Read-only: set by the server, ignored when sent.
    pub caption: String,
    /// Read-only: set by the server, ignored when sent.
    pub size: i64,
    /// Read-only: set by the server, ignored when sent.
    pub uploaded_date: chrono::DateTime<chrono::Utc>,
}

// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`BasicUser`] and the types nested in it, from `#/components/schemas/BasicUser`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct BasicUser {
    /// Read-only: set by the server, ignored when sent.
    pub id: i64,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub username: String,
    /// Read-only: set by the server, ignored when sent.
    pub first_name: String,
    /// Read-only: set by the server, ignored when sent.
    pub last_name: String,
}

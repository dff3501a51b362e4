// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`LoginRequest`] and the types nested in it, from `#/components/schemas/LoginRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`LoginRequest`] and the types nested in it, from `#/components/schemas/LoginRequest`.

/// The `LoginRequest` schema, which the spec does not describe (`#/components/schemas/LoginRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LoginRequest {
    /// The `username` property, which the spec does not describe (`#/components/schemas/LoginRequest/properties/username`).
    pub username: String,
    /// The `password` property, which the spec does not describe (`#/components/schemas/LoginRequest/properties/password`).
    pub password: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LoginRequest { username: required::<String>("username"), password: required::<String>("password") }
);

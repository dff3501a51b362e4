// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`LoginRequest`] and the types nested in it, from `#/components/schemas/LoginRequest`.

use crate::runtime::{self, serialize_struct};

/// The `LoginRequest` schema, which the spec does not describe (`#/components/schemas/LoginRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct LoginRequest {
    /// The `username` property, which the spec does not describe (`#/components/schemas/LoginRequest/properties/username`).
    pub username: String,
    /// The `password` property, which the spec does not describe (`#/components/schemas/LoginRequest/properties/password`).
    pub password: String,
}

serialize_struct!(runtime, LoginRequest { username: required("username"), password: required("password") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LoginRequest { username: required::<String>("username"), password: required::<String>("password") }
);

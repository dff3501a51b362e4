// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LoginSerializerExRequest`] and the types nested in it, from `#/components/schemas/LoginSerializerExRequest`.

use crate::runtime::{self, serialize_struct};

/// The `LoginSerializerExRequest` schema, which the spec does not describe (`#/components/schemas/LoginSerializerExRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct LoginSerializerExRequest {
    /// The `username` property, which the spec does not describe (`#/components/schemas/LoginSerializerExRequest/properties/username`).
    pub username: Option<String>,
    /// The `email` property, which the spec does not describe (`#/components/schemas/LoginSerializerExRequest/properties/email`).
    pub email: Option<String>,
    /// The `password` property, which the spec does not describe (`#/components/schemas/LoginSerializerExRequest/properties/password`).
    pub password: String,
}

serialize_struct!(
    runtime,
    LoginSerializerExRequest {
        username: optional("username"),
        email: optional("email"),
        password: required("password")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LoginSerializerExRequest {
        username: optional::<Option<String>>("username"),
        email: optional::<Option<String>>("email"),
        password: required::<String>("password")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LoginSerializerExRequest`] and the types nested in it, from `#/components/schemas/LoginSerializerExRequest`.

/// The `LoginSerializerExRequest` schema, which the spec does not describe (`#/components/schemas/LoginSerializerExRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LoginSerializerExRequest {
    /// The `username` property, which the spec does not describe (`#/components/schemas/LoginSerializerExRequest/properties/username`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The `email` property, which the spec does not describe (`#/components/schemas/LoginSerializerExRequest/properties/email`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `password` property, which the spec does not describe (`#/components/schemas/LoginSerializerExRequest/properties/password`).
    pub password: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LoginSerializerExRequest {
        username: optional::<Option<String>>("username"),
        email: optional::<Option<String>>("email"),
        password: required::<String>("password")
    }
);

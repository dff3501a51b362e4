// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RegisterSerializerWithSubscriptionsRequest`] and the types nested in it, from `#/components/schemas/RegisterSerializerWithSubscriptionsRequest`.

use crate::runtime::{self, serialize_struct};

/// The `RegisterSerializerWithSubscriptionsRequest` schema, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct RegisterSerializerWithSubscriptionsRequest {
    /// The `username` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/username`).
    pub username: String,
    /// The `email` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/email`).
    pub email: String,
    /// The `password1` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/password1`).
    ///
    /// Write-only: sent, never returned.
    pub password1: String,
    /// The `password2` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/password2`).
    ///
    /// Write-only: sent, never returned.
    pub password2: String,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/first_name`).
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/last_name`).
    pub last_name: Option<String>,
    /// The `confirmations` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/confirmations`).
    pub confirmations: Option<Vec<super::UserAgreementRequest>>,
}

serialize_struct!(
    runtime,
    RegisterSerializerWithSubscriptionsRequest {
        username: required("username"),
        email: required("email"),
        password1: required("password1"),
        password2: required("password2"),
        first_name: optional("first_name"),
        last_name: optional("last_name"),
        confirmations: optional("confirmations")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    RegisterSerializerWithSubscriptionsRequest {
        username: required::<String>("username"),
        email: required::<String>("email"),
        password1: required::<String>("password1"),
        password2: required::<String>("password2"),
        first_name: optional::<Option<String>>("first_name"),
        last_name: optional::<Option<String>>("last_name"),
        confirmations: optional::<Option<Vec<super::UserAgreementRequest>>>("confirmations")
    }
);

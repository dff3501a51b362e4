// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RegisterSerializerWithSubscriptions`] and the types nested in it, from `#/components/schemas/RegisterSerializerWithSubscriptions`.

use crate::runtime::{self, deserialize_struct};

/// The `RegisterSerializerWithSubscriptions` schema, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptions`).
#[derive(Clone, Debug, PartialEq)]
pub struct RegisterSerializerWithSubscriptions {
    /// The `username` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptions/properties/username`).
    pub username: String,
    /// The `email` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptions/properties/email`).
    pub email: String,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptions/properties/first_name`).
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptions/properties/last_name`).
    pub last_name: Option<String>,
    /// The `email_verification_required` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptions/properties/email_verification_required`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub email_verification_required: Option<bool>,
    /// The `key` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptions/properties/key`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub key: Option<String>,
    /// The `confirmations` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptions/properties/confirmations`).
    pub confirmations: Option<Vec<super::UserAgreement>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RegisterSerializerWithSubscriptions {
        username: required("username"),
        email: required("email"),
        first_name: optional("first_name"),
        last_name: optional("last_name"),
        email_verification_required: optional("email_verification_required"),
        key: optional("key"),
        confirmations: optional("confirmations")
    }
);

deserialize_struct!(
    runtime,
    RegisterSerializerWithSubscriptions {
        username: required::<String>("username"),
        email: required::<String>("email"),
        first_name: optional::<Option<String>>("first_name"),
        last_name: optional::<Option<String>>("last_name"),
        email_verification_required: optional::<Option<bool>>("email_verification_required"),
        key: optional::<Option<String>>("key"),
        confirmations: optional::<Option<Vec<super::UserAgreement>>>("confirmations")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PasswordResetConfirmRequest`] and the types nested in it, from `#/components/schemas/PasswordResetConfirmRequest`.

use crate::runtime::{self, serialize_struct};

/// Serializer for confirming a password reset attempt.
#[derive(Clone, Debug, PartialEq)]
pub struct PasswordResetConfirmRequest {
    /// The `new_password1` property, which the spec does not describe (`#/components/schemas/PasswordResetConfirmRequest/properties/new_password1`).
    ///
    /// Write-only: sent, never returned.
    pub new_password1: String,
    /// The `new_password2` property, which the spec does not describe (`#/components/schemas/PasswordResetConfirmRequest/properties/new_password2`).
    ///
    /// Write-only: sent, never returned.
    pub new_password2: String,
    /// The `uid` property, which the spec does not describe (`#/components/schemas/PasswordResetConfirmRequest/properties/uid`).
    pub uid: String,
    /// The `token` property, which the spec does not describe (`#/components/schemas/PasswordResetConfirmRequest/properties/token`).
    pub token: String,
}

serialize_struct!(
    runtime,
    PasswordResetConfirmRequest {
        new_password1: required("new_password1"),
        new_password2: required("new_password2"),
        uid: required("uid"),
        token: required("token")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PasswordResetConfirmRequest {
        new_password1: required::<String>("new_password1"),
        new_password2: required::<String>("new_password2"),
        uid: required::<String>("uid"),
        token: required::<String>("token")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PasswordChangeRequest`] and the types nested in it, from `#/components/schemas/PasswordChangeRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PasswordChangeRequest` schema, which the spec does not describe (`#/components/schemas/PasswordChangeRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct PasswordChangeRequest {
    /// The `old_password` property, which the spec does not describe (`#/components/schemas/PasswordChangeRequest/properties/old_password`).
    ///
    /// Write-only: sent, never returned.
    pub old_password: String,
    /// The `new_password1` property, which the spec does not describe (`#/components/schemas/PasswordChangeRequest/properties/new_password1`).
    ///
    /// Write-only: sent, never returned.
    pub new_password1: String,
    /// The `new_password2` property, which the spec does not describe (`#/components/schemas/PasswordChangeRequest/properties/new_password2`).
    ///
    /// Write-only: sent, never returned.
    pub new_password2: String,
}

serialize_struct!(
    runtime,
    PasswordChangeRequest {
        old_password: required("old_password"),
        new_password1: required("new_password1"),
        new_password2: required("new_password2")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PasswordChangeRequest {
        old_password: required::<String>("old_password"),
        new_password1: required::<String>("new_password1"),
        new_password2: required::<String>("new_password2")
    }
);

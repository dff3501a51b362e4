// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PasswordResetSerializerExRequest`] and the types nested in it, from `#/components/schemas/PasswordResetSerializerExRequest`.

use crate::runtime::{self, serialize_struct};

/// Serializer for requesting a password reset e-mail.
#[derive(Clone, Debug, PartialEq)]
pub struct PasswordResetSerializerExRequest {
    /// The `email` property, which the spec does not describe (`#/components/schemas/PasswordResetSerializerExRequest/properties/email`).
    pub email: String,
}

serialize_struct!(runtime, PasswordResetSerializerExRequest { email: required("email") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PasswordResetSerializerExRequest { email: required::<String>("email") }
);

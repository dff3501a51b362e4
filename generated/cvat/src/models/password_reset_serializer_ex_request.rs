// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PasswordResetSerializerExRequest`] and the types nested in it, from `#/components/schemas/PasswordResetSerializerExRequest`.

/// Serializer for requesting a password reset e-mail.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PasswordResetSerializerExRequest {
    /// The `email` property, which the spec does not describe (`#/components/schemas/PasswordResetSerializerExRequest/properties/email`).
    pub email: String,
}

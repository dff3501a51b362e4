// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PasswordChangeRequest`] and the types nested in it, from `#/components/schemas/PasswordChangeRequest`.

/// The `PasswordChangeRequest` schema, which the spec does not describe (`#/components/schemas/PasswordChangeRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
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

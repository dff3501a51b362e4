// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PasswordResetConfirmRequest`] and the types nested in it, from `#/components/schemas/PasswordResetConfirmRequest`.

/// Serializer for confirming a password reset attempt.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PasswordResetConfirmRequest {
    /// Write-only: sent, never returned.
    pub new_password1: String,
    /// Write-only: sent, never returned.
    pub new_password2: String,
    pub uid: String,
    pub token: String,
}

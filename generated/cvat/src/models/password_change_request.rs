// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PasswordChangeRequest`] and the types nested in it, from `#/components/schemas/PasswordChangeRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PasswordChangeRequest {
    /// Write-only: sent, never returned.
    pub old_password: String,
    /// Write-only: sent, never returned.
    pub new_password1: String,
    /// Write-only: sent, never returned.
    pub new_password2: String,
}

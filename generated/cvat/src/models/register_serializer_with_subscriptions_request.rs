// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RegisterSerializerWithSubscriptionsRequest`] and the types nested in it, from `#/components/schemas/RegisterSerializerWithSubscriptionsRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct RegisterSerializerWithSubscriptionsRequest {
    pub username: String,
    pub email: String,
    /// Write-only: sent, never returned.
    pub password1: String,
    /// Write-only: sent, never returned.
    pub password2: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmations: Option<Vec<super::UserAgreementRequest>>,
}

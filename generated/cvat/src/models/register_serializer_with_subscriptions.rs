// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RegisterSerializerWithSubscriptions`] and the types nested in it, from `#/components/schemas/RegisterSerializerWithSubscriptions`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RegisterSerializerWithSubscriptions {
    pub username: String,
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verification_required: Option<bool>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmations: Option<Vec<super::UserAgreement>>,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RegisterSerializerWithSubscriptionsRequest`] and the types nested in it, from `#/components/schemas/RegisterSerializerWithSubscriptionsRequest`.

/// The `RegisterSerializerWithSubscriptionsRequest` schema, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct RegisterSerializerWithSubscriptionsRequest {
    /// The `username` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/username`).
    pub username: String,
    /// The `email` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/email`).
    pub email: String,
    /// The `password1` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/password1`).
    ///
    /// Write-only: sent, never returned.
    pub password1: String,
    /// The `password2` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/password2`).
    ///
    /// Write-only: sent, never returned.
    pub password2: String,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/first_name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/last_name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The `confirmations` property, which the spec does not describe (`#/components/schemas/RegisterSerializerWithSubscriptionsRequest/properties/confirmations`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmations: Option<Vec<super::UserAgreementRequest>>,
}

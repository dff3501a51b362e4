// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SocialAuthMethod`] and the types nested in it, from `#/components/schemas/SocialAuthMethod`.

/// The `SocialAuthMethod` schema, which the spec does not describe (`#/components/schemas/SocialAuthMethod`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SocialAuthMethod {
    /// The `is_enabled` property, which the spec does not describe (`#/components/schemas/SocialAuthMethod/properties/is_enabled`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    /// The `icon` property, which the spec does not describe (`#/components/schemas/SocialAuthMethod/properties/icon`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// The `public_name` property, which the spec does not describe (`#/components/schemas/SocialAuthMethod/properties/public_name`).
    pub public_name: String,
}

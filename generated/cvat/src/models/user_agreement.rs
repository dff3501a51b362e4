// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`UserAgreement`] and the types nested in it, from `#/components/schemas/UserAgreement`.

/// The `UserAgreement` schema, which the spec does not describe (`#/components/schemas/UserAgreement`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UserAgreement {
    /// The `name` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/name`).
    pub name: String,
    /// The `url_display_text` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/url_display_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_display_text: Option<String>,
    /// The `url` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/url`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The `text_prefix` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/text_prefix`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_prefix: Option<String>,
    /// The `required` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/required`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// The `value` property, which the spec does not describe (`#/components/schemas/UserAgreement/properties/value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<bool>,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`UserAgreementRequest`] and the types nested in it, from `#/components/schemas/UserAgreementRequest`.

/// The `UserAgreementRequest` schema, which the spec does not describe (`#/components/schemas/UserAgreementRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UserAgreementRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/name`).
    pub name: String,
    /// The `url_display_text` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/url_display_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_display_text: Option<String>,
    /// The `url` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/url`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The `text_prefix` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/text_prefix`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_prefix: Option<String>,
    /// The `required` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/required`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// The `value` property, which the spec does not describe (`#/components/schemas/UserAgreementRequest/properties/value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<bool>,
}

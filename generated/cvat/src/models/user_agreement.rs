// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`UserAgreement`] and the types nested in it, from `#/components/schemas/UserAgreement`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct UserAgreement {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_display_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_prefix: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<bool>,
}

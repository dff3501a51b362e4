// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SocialAuthMethod`] and the types nested in it, from `#/components/schemas/SocialAuthMethod`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SocialAuthMethod {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    pub public_name: String,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SocialAuthMethods`] and the types nested in it, from `#/components/schemas/SocialAuthMethods`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SocialAuthMethods {
    pub google: super::SocialAuthMethod,
    pub github: super::SocialAuthMethod,
    #[serde(rename = "amazon-cognito")]
    pub amazon_cognito: super::SocialAuthMethod,
    pub sso: super::SsoAuthMethod,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SocialAuthMethods`] and the types nested in it, from `#/components/schemas/SocialAuthMethods`.

use crate::runtime::{self, deserialize_struct};

/// The `SocialAuthMethods` schema, which the spec does not describe (`#/components/schemas/SocialAuthMethods`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SocialAuthMethods {
    /// The `google` property, which the spec does not describe (`#/components/schemas/SocialAuthMethods/properties/google`).
    pub google: super::SocialAuthMethod,
    /// The `github` property, which the spec does not describe (`#/components/schemas/SocialAuthMethods/properties/github`).
    pub github: super::SocialAuthMethod,
    /// The `amazon-cognito` property, which the spec does not describe (`#/components/schemas/SocialAuthMethods/properties/amazon-cognito`).
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "amazon-cognito"))]
    pub amazon_cognito: super::SocialAuthMethod,
    /// The `sso` property, which the spec does not describe (`#/components/schemas/SocialAuthMethods/properties/sso`).
    pub sso: super::SsoAuthMethod,
}

deserialize_struct!(
    runtime,
    SocialAuthMethods {
        google: required::<super::SocialAuthMethod>("google"),
        github: required::<super::SocialAuthMethod>("github"),
        amazon_cognito: required::<super::SocialAuthMethod>("amazon-cognito"),
        sso: required::<super::SsoAuthMethod>("sso")
    }
);

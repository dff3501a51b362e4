// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SocialAuthMethods`] and the types nested in it, from `#/components/schemas/SocialAuthMethods`.

use crate::runtime::{self, deserialize_struct};

/// The `SocialAuthMethods` schema, which the spec does not describe (`#/components/schemas/SocialAuthMethods`).
#[derive(Clone, Debug, PartialEq)]
pub struct SocialAuthMethods {
    /// The `google` property, which the spec does not describe (`#/components/schemas/SocialAuthMethods/properties/google`).
    pub google: super::SocialAuthMethod,
    /// The `github` property, which the spec does not describe (`#/components/schemas/SocialAuthMethods/properties/github`).
    pub github: super::SocialAuthMethod,
    /// The `amazon-cognito` property, which the spec does not describe (`#/components/schemas/SocialAuthMethods/properties/amazon-cognito`).
    pub amazon_cognito: super::SocialAuthMethod,
    /// The `sso` property, which the spec does not describe (`#/components/schemas/SocialAuthMethods/properties/sso`).
    pub sso: super::SsoAuthMethod,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SocialAuthMethods {
        google: required("google"),
        github: required("github"),
        amazon_cognito: required("amazon-cognito"),
        sso: required("sso")
    }
);

deserialize_struct!(
    runtime,
    SocialAuthMethods {
        google: required::<super::SocialAuthMethod>("google"),
        github: required::<super::SocialAuthMethod>("github"),
        amazon_cognito: required::<super::SocialAuthMethod>("amazon-cognito"),
        sso: required::<super::SsoAuthMethod>("sso")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SocialAuthMethod`] and the types nested in it, from `#/components/schemas/SocialAuthMethod`.

use crate::runtime::{self, deserialize_struct};

/// The `SocialAuthMethod` schema, which the spec does not describe (`#/components/schemas/SocialAuthMethod`).
#[derive(Clone, Debug, PartialEq)]
pub struct SocialAuthMethod {
    /// The `is_enabled` property, which the spec does not describe (`#/components/schemas/SocialAuthMethod/properties/is_enabled`).
    pub is_enabled: Option<bool>,
    /// The `icon` property, which the spec does not describe (`#/components/schemas/SocialAuthMethod/properties/icon`).
    pub icon: Option<String>,
    /// The `public_name` property, which the spec does not describe (`#/components/schemas/SocialAuthMethod/properties/public_name`).
    pub public_name: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SocialAuthMethod {
        is_enabled: optional("is_enabled"),
        icon: optional("icon"),
        public_name: required("public_name")
    }
);

deserialize_struct!(
    runtime,
    SocialAuthMethod {
        is_enabled: optional::<Option<bool>>("is_enabled"),
        icon: optional::<Option<String>>("icon"),
        public_name: required::<String>("public_name")
    }
);

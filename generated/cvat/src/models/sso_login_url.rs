// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SsoLoginUrl`] and the types nested in it, from `#/components/schemas/SSOLoginURL`.

use crate::runtime::{self, deserialize_struct};

/// The `SsoLoginUrl` schema, which the spec does not describe (`#/components/schemas/SSOLoginURL`).
#[derive(Clone, Debug, PartialEq)]
pub struct SsoLoginUrl {
    /// The `url` property, which the spec does not describe (`#/components/schemas/SSOLoginURL/properties/url`).
    pub url: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, SsoLoginUrl { url: required("url") });

deserialize_struct!(runtime, SsoLoginUrl { url: required::<String>("url") });

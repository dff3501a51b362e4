// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SsoLoginUrl`] and the types nested in it, from `#/components/schemas/SSOLoginURL`.

use crate::runtime::{self, deserialize_struct};

/// The `SsoLoginUrl` schema, which the spec does not describe (`#/components/schemas/SSOLoginURL`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SsoLoginUrl {
    /// The `url` property, which the spec does not describe (`#/components/schemas/SSOLoginURL/properties/url`).
    pub url: String,
}

deserialize_struct!(runtime, SsoLoginUrl { url: required::<String>("url") });

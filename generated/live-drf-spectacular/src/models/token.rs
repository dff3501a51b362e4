// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`Token`] and the types nested in it, from `#/components/schemas/Token`.

use crate::runtime::{self, deserialize_struct};

/// The `Token` schema, which the spec does not describe (`#/components/schemas/Token`).
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// The `key` property, which the spec does not describe (`#/components/schemas/Token/properties/key`).
    pub key: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Token { key: required("key") });

deserialize_struct!(runtime, Token { key: required::<String>("key") });

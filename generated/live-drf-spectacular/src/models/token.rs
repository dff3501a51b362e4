// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`Token`] and the types nested in it, from `#/components/schemas/Token`.

use crate::runtime::{self, deserialize_struct};

/// The `Token` schema, which the spec does not describe (`#/components/schemas/Token`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Token {
    /// The `key` property, which the spec does not describe (`#/components/schemas/Token/properties/key`).
    pub key: String,
}

deserialize_struct!(runtime, Token { key: required::<String>("key") });

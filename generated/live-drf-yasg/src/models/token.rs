// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Token`] and the types nested in it, from `#/components/schemas/Token`.

use crate::runtime::{self, deserialize_struct};

/// The `Token` schema, which the spec does not describe (`#/definitions/Token`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Token {
    /// Key
    pub key: String,
}

deserialize_struct!(runtime, Token { key: required::<String>("key") });

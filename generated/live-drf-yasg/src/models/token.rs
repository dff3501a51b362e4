// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Token`] and the types nested in it, from `#/components/schemas/Token`.

use crate::runtime::{self, deserialize_struct};

/// The `Token` schema, which the spec does not describe (`#/definitions/Token`).
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// Key
    pub key: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Token { key: required("key") });

deserialize_struct!(runtime, Token { key: required::<String>("key") });

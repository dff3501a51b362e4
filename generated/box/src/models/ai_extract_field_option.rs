// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractFieldOption`] and the types nested in it, from `#/components/schemas/AiExtractFieldOption`.

use crate::runtime::{self, serialize_struct};

/// AI Extract Field Option
///
/// An option for an AI extract field.
#[derive(Clone, Debug, PartialEq)]
pub struct AiExtractFieldOption {
    /// A unique identifier for the option.
    pub key: String,
}

serialize_struct!(runtime, AiExtractFieldOption { key: required("key") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(crate::runtime, AiExtractFieldOption { key: required::<String>("key") });

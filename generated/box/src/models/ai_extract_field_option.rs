// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractFieldOption`] and the types nested in it, from `#/components/schemas/AiExtractFieldOption`.

/// AI Extract Field Option
///
/// An option for an AI extract field.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct AiExtractFieldOption {
    /// A unique identifier for the option.
    pub key: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(crate::runtime, AiExtractFieldOption { key: required::<String>("key") });

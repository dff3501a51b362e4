// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractFieldOption`] and the types nested in it, from `#/components/schemas/AiExtractFieldOption`.

/// AI Extract Field Option
///
/// An option for an AI extract field.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AiExtractFieldOption {
    /// A unique identifier for the option.
    pub key: String,
}

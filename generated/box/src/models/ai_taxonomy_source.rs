// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiTaxonomySource`] and the types nested in it, from `#/components/schemas/AiTaxonomySource`.

/// AI Taxonomy Source
///
/// A taxonomy source to be used for the structured extraction. It can either be an existing CSV file or a taxonomy.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AiTaxonomySource {
    /// The `AiTaxonomyReference` alternative (`#/components/schemas/AiTaxonomySource/oneOf/0`).
    AiTaxonomyReference(super::AiTaxonomyReference),
    /// The `AiTaxonomyFileReference` alternative (`#/components/schemas/AiTaxonomySource/oneOf/1`).
    AiTaxonomyFileReference(super::AiTaxonomyFileReference),
}

impl From<super::AiTaxonomyReference> for AiTaxonomySource {
    fn from(value: super::AiTaxonomyReference) -> Self {
        Self::AiTaxonomyReference(value)
    }
}

impl From<super::AiTaxonomyFileReference> for AiTaxonomySource {
    fn from(value: super::AiTaxonomyFileReference) -> Self {
        Self::AiTaxonomyFileReference(value)
    }
}

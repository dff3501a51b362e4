// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractStructured`] and the types nested in it, from `#/components/schemas/AiExtractStructured`.

use crate::runtime::{self, string_enum};

/// AI Extract Structured Request
///
/// AI Extract Structured Request object.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AiExtractStructured {
    /// The items to be processed by the LLM. Currently you can use files only.
    pub items: Vec<super::AiItemBase>,
    /// The metadata template containing the fields to extract.
    /// For your request to work, you must provide either `metadata_template` or `fields`, but not both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_template: Option<super::AiExtractStructuredMetadataTemplateField>,
    /// The fields to be extracted from the provided items.
    /// For your request to work, you must provide either `metadata_template` or `fields`, but not both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<super::AiExtractStructuredFieldsField>>,
    /// The `ai_agent` property, which the spec does not describe (`#/components/schemas/AiExtractStructured/properties/ai_agent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ai_agent: Option<super::AiExtractStructuredAgent>,
    /// A flag to indicate whether confidence scores for every extracted field should be returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_confidence_score: Option<bool>,
    /// A flag to indicate whether references for every extracted field should be returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_reference: Option<bool>,
    /// The taxonomy sources to be used for the structured extraction. They can either be an existing file or a taxonomy.
    /// For your request to work, `fields` must also be provided. `taxonomy_sources` is not supported with `metadata_template`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_sources: Option<Vec<super::AiTaxonomySource>>,
}

/// The metadata template containing the fields to extract.
/// For your request to work, you must provide either `metadata_template` or `fields`, but not both.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AiExtractStructuredMetadataTemplateField {
    /// The name of the metadata template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_key: Option<String>,
    /// Value is always `metadata_template`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::AiExtractStructuredMetadataTemplateTypeField>,
    /// The scope of the metadata template that can either be global or
    /// enterprise.
    /// * The **global** scope is used for templates that are
    /// available to any Box enterprise.
    /// * The **enterprise** scope represents templates created within a specific enterprise,
    ///   containing the ID of that enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// Value is always `metadata_template`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiExtractStructuredMetadataTemplateTypeField {
    /// `metadata_template`
    MetadataTemplate,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiExtractStructuredMetadataTemplateTypeField, Unknown, MetadataTemplate = "metadata_template");

/// The fields to be extracted from the provided items.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AiExtractStructuredFieldsField {
    /// A unique identifier for the field.
    pub key: String,
    /// A description of the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The display name of the field.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The context about the key that may include how to find and format it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// The type of the field. It can include but is not limited to `string`, `float`, `date`, `enum`, `multiSelect`,`taxonomy`, `struct`, and `table`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A list of options for this field. This is most often used in combination with the `enum` and `multiSelect` field types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<super::AiExtractStructuredFieldsOptionsField>>,
    /// The nested fields for this field. Used with `struct` and `table` field types to define the nested structure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<super::AiExtractSubField>>,
    /// The identifier for a taxonomy, which corresponds to the `key` of the taxonomy source. Required if using `taxonomy` type field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_key: Option<String>,
    /// The namespace of the taxonomy source. Required if using `taxonomy` type field from an existing taxonomy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The `options_rules` property, which the spec does not describe (`#/components/schemas/AiExtractStructured/properties/fields/items/properties/options_rules`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options_rules: Option<super::AiOptionsRules>,
}

/// An inline schema, which the spec does not describe (`#/components/schemas/AiExtractStructured/properties/fields/items/properties/options/items`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AiExtractStructuredFieldsOptionsField {
    /// A unique identifier for the option.
    pub key: String,
}

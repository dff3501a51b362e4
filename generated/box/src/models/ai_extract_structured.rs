// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractStructured`] and the types nested in it, from `#/components/schemas/AiExtractStructured`.

use crate::runtime::{self, serialize_struct, string_enum};

/// AI Extract Structured Request
///
/// AI Extract Structured Request object.
#[derive(Clone, Debug, PartialEq)]
pub struct AiExtractStructured {
    /// The items to be processed by the LLM. Currently you can use files only.
    pub items: Vec<super::AiItemBase>,
    /// The metadata template containing the fields to extract.
    /// For your request to work, you must provide either `metadata_template` or `fields`, but not both.
    pub metadata_template: Option<super::AiExtractStructuredMetadataTemplateField>,
    /// The fields to be extracted from the provided items.
    /// For your request to work, you must provide either `metadata_template` or `fields`, but not both.
    pub fields: Option<Vec<super::AiExtractStructuredFieldsField>>,
    /// The `ai_agent` property, which the spec does not describe (`#/components/schemas/AiExtractStructured/properties/ai_agent`).
    pub ai_agent: Option<super::AiExtractStructuredAgent>,
    /// A flag to indicate whether confidence scores for every extracted field should be returned.
    pub include_confidence_score: Option<bool>,
    /// A flag to indicate whether references for every extracted field should be returned.
    pub include_reference: Option<bool>,
    /// The taxonomy sources to be used for the structured extraction. They can either be an existing file or a taxonomy.
    /// For your request to work, `fields` must also be provided. `taxonomy_sources` is not supported with `metadata_template`.
    pub taxonomy_sources: Option<Vec<super::AiTaxonomySource>>,
}

serialize_struct!(
    runtime,
    AiExtractStructured {
        items: required("items"),
        metadata_template: optional("metadata_template"),
        fields: optional("fields"),
        ai_agent: optional("ai_agent"),
        include_confidence_score: optional("include_confidence_score"),
        include_reference: optional("include_reference"),
        taxonomy_sources: optional("taxonomy_sources")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiExtractStructured {
        items: required::<Vec<super::AiItemBase>>("items"),
        metadata_template: optional::<Option<super::AiExtractStructuredMetadataTemplateField>>("metadata_template"),
        fields: optional::<Option<Vec<super::AiExtractStructuredFieldsField>>>("fields"),
        ai_agent: optional::<Option<super::AiExtractStructuredAgent>>("ai_agent"),
        include_confidence_score: optional::<Option<bool>>("include_confidence_score"),
        include_reference: optional::<Option<bool>>("include_reference"),
        taxonomy_sources: optional::<Option<Vec<super::AiTaxonomySource>>>("taxonomy_sources")
    }
);

/// The metadata template containing the fields to extract.
/// For your request to work, you must provide either `metadata_template` or `fields`, but not both.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiExtractStructuredMetadataTemplateField {
    /// The name of the metadata template.
    pub template_key: Option<String>,
    /// Value is always `metadata_template`.
    pub r#type: Option<super::AiExtractStructuredMetadataTemplateTypeField>,
    /// The scope of the metadata template that can either be global or
    /// enterprise.
    /// * The **global** scope is used for templates that are
    /// available to any Box enterprise.
    /// * The **enterprise** scope represents templates created within a specific enterprise,
    ///   containing the ID of that enterprise.
    pub scope: Option<String>,
}

serialize_struct!(
    runtime,
    AiExtractStructuredMetadataTemplateField {
        template_key: optional("template_key"),
        r#type: optional("type"),
        scope: optional("scope")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiExtractStructuredMetadataTemplateField {
        template_key: optional::<Option<String>>("template_key"),
        r#type: optional::<Option<super::AiExtractStructuredMetadataTemplateTypeField>>("type"),
        scope: optional::<Option<String>>("scope")
    }
);

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
#[derive(Clone, Debug, PartialEq)]
pub struct AiExtractStructuredFieldsField {
    /// A unique identifier for the field.
    pub key: String,
    /// A description of the field.
    pub description: Option<String>,
    /// The display name of the field.
    pub display_name: Option<String>,
    /// The context about the key that may include how to find and format it.
    pub prompt: Option<String>,
    /// The type of the field. It can include but is not limited to `string`, `float`, `date`, `enum`, `multiSelect`,`taxonomy`, `struct`, and `table`.
    pub r#type: Option<String>,
    /// A list of options for this field. This is most often used in combination with the `enum` and `multiSelect` field types.
    pub options: Option<Vec<super::AiExtractStructuredFieldsOptionsField>>,
    /// The nested fields for this field. Used with `struct` and `table` field types to define the nested structure.
    pub fields: Option<Vec<super::AiExtractSubField>>,
    /// The identifier for a taxonomy, which corresponds to the `key` of the taxonomy source. Required if using `taxonomy` type field.
    pub taxonomy_key: Option<String>,
    /// The namespace of the taxonomy source. Required if using `taxonomy` type field from an existing taxonomy.
    pub namespace: Option<String>,
    /// The `options_rules` property, which the spec does not describe (`#/components/schemas/AiExtractStructured/properties/fields/items/properties/options_rules`).
    pub options_rules: Option<super::AiOptionsRules>,
}

serialize_struct!(
    runtime,
    AiExtractStructuredFieldsField {
        key: required("key"),
        description: optional("description"),
        display_name: optional("displayName"),
        prompt: optional("prompt"),
        r#type: optional("type"),
        options: optional("options"),
        fields: optional("fields"),
        taxonomy_key: optional("taxonomy_key"),
        namespace: optional("namespace"),
        options_rules: optional("options_rules")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiExtractStructuredFieldsField {
        key: required::<String>("key"),
        description: optional::<Option<String>>("description"),
        display_name: optional::<Option<String>>("displayName"),
        prompt: optional::<Option<String>>("prompt"),
        r#type: optional::<Option<String>>("type"),
        options: optional::<Option<Vec<super::AiExtractStructuredFieldsOptionsField>>>("options"),
        fields: optional::<Option<Vec<super::AiExtractSubField>>>("fields"),
        taxonomy_key: optional::<Option<String>>("taxonomy_key"),
        namespace: optional::<Option<String>>("namespace"),
        options_rules: optional::<Option<super::AiOptionsRules>>("options_rules")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/AiExtractStructured/properties/fields/items/properties/options/items`).
#[derive(Clone, Debug, PartialEq)]
pub struct AiExtractStructuredFieldsOptionsField {
    /// A unique identifier for the option.
    pub key: String,
}

serialize_struct!(runtime, AiExtractStructuredFieldsOptionsField { key: required("key") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiExtractStructuredFieldsOptionsField { key: required::<String>("key") }
);

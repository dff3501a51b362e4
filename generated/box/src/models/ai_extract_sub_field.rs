// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractSubField`] and the types nested in it, from `#/components/schemas/AiExtractSubField`.

/// AI Extract Structured Nested Field
///
/// A nested field definition for structured and table field types used in AI extraction.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct AiExtractSubField {
    /// A unique identifier for the nested field.
    pub key: String,
    /// A description of the nested field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The display name of the nested field.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Context about the nested field that may include how to find and how to format it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// The type of the nested field. Allowed types include `string`, `float`, `date`, `number`, `text`, `boolean`, `enum` and `multiSelect`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A list of options for this nested field. Used with `enum` and `multiSelect` types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<super::AiExtractFieldOption>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiExtractSubField {
        key: required::<String>("key"),
        description: optional::<Option<String>>("description"),
        display_name: optional::<Option<String>>("displayName"),
        prompt: optional::<Option<String>>("prompt"),
        r#type: optional::<Option<String>>("type"),
        options: optional::<Option<Vec<super::AiExtractFieldOption>>>("options")
    }
);

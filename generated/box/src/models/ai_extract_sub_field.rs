// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractSubField`] and the types nested in it, from `#/components/schemas/AiExtractSubField`.

/// AI Extract Structured Nested Field
///
/// A nested field definition for structured and table field types used in AI extraction.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AiExtractSubField {
    /// A unique identifier for the nested field.
    pub key: String,
    /// A description of the nested field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The display name of the nested field.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Context about the nested field that may include how to find and how to format it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// The type of the nested field. Allowed types include `string`, `float`, `date`, `number`, `text`, `boolean`, `enum` and `multiSelect`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A list of options for this nested field. Used with `enum` and `multiSelect` types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<super::AiExtractFieldOption>>,
}

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractSubField`] and the types nested in it, from `#/components/schemas/AiExtractSubField`.

use crate::runtime::{self, serialize_struct};

/// AI Extract Structured Nested Field
///
/// A nested field definition for structured and table field types used in AI extraction.
#[derive(Clone, Debug, PartialEq)]
pub struct AiExtractSubField {
    /// A unique identifier for the nested field.
    pub key: String,
    /// A description of the nested field.
    pub description: Option<String>,
    /// The display name of the nested field.
    pub display_name: Option<String>,
    /// Context about the nested field that may include how to find and how to format it.
    pub prompt: Option<String>,
    /// The type of the nested field. Allowed types include `string`, `float`, `date`, `number`, `text`, `boolean`, `enum` and `multiSelect`.
    pub r#type: Option<String>,
    /// A list of options for this nested field. Used with `enum` and `multiSelect` types.
    pub options: Option<Vec<super::AiExtractFieldOption>>,
}

serialize_struct!(
    runtime,
    AiExtractSubField {
        key: required("key"),
        description: optional("description"),
        display_name: optional("displayName"),
        prompt: optional("prompt"),
        r#type: optional("type"),
        options: optional("options")
    }
);

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

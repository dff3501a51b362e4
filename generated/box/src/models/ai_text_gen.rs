// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiTextGen`] and the types nested in it, from `#/components/schemas/AiTextGen`.

use crate::runtime::{self, serialize_struct, string_enum};

/// AI text gen request
///
/// AI text gen request object.
#[derive(Clone, Debug, PartialEq)]
pub struct AiTextGen {
    /// The prompt provided by the client to be answered by the LLM. The prompt's length is limited to 10000 characters.
    pub prompt: String,
    /// The items to be processed by the LLM, often files.
    /// The array can include **exactly one** element.
    ///
    /// **Note**: Box AI handles documents with text representations up to 2MB in size.
    /// If the file size exceeds 2MB, the first 2MB of text representation will be processed.
    pub items: Vec<super::AiTextGenItemsField>,
    /// The history of prompts and answers previously passed to the LLM. This parameter provides the additional context to the LLM when generating the response.
    pub dialogue_history: Option<Vec<super::AiDialogueHistory>>,
    /// The `ai_agent` property, which the spec does not describe (`#/components/schemas/AiTextGen/properties/ai_agent`).
    pub ai_agent: Option<super::AiTextGenAgent>,
}

serialize_struct!(
    runtime,
    AiTextGen {
        prompt: required("prompt"),
        items: required("items"),
        dialogue_history: optional("dialogue_history"),
        ai_agent: optional("ai_agent")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiTextGen {
        prompt: required::<String>("prompt"),
        items: required::<Vec<super::AiTextGenItemsField>>("items"),
        dialogue_history: optional::<Option<Vec<super::AiDialogueHistory>>>("dialogue_history"),
        ai_agent: optional::<Option<super::AiTextGenAgent>>("ai_agent")
    }
);

/// The item to be processed by the LLM.
#[derive(Clone, Debug, PartialEq)]
pub struct AiTextGenItemsField {
    /// The ID of the item.
    pub id: String,
    /// The type of the item.
    pub r#type: super::AiTextGenItemsTypeField,
    /// The content to use as context for generating new text or editing existing text.
    pub content: Option<String>,
}

serialize_struct!(
    runtime,
    AiTextGenItemsField { id: required("id"), r#type: required("type"), content: optional("content") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiTextGenItemsField {
        id: required::<String>("id"),
        r#type: required::<super::AiTextGenItemsTypeField>("type"),
        content: optional::<Option<String>>("content")
    }
);

/// The type of the item.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiTextGenItemsTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiTextGenItemsTypeField, Unknown, File = "file");

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentExtract`] and the types nested in it, from `#/components/schemas/AiAgentExtract`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// AI agent for extract requests
///
/// The AI agent to be used for extraction.
#[derive(Clone, Debug, PartialEq)]
pub struct AiAgentExtract {
    /// The type of AI agent to be used for extraction.
    pub r#type: super::AiAgentExtractTypeField,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiAgentExtract/properties/long_text`).
    pub long_text: Option<super::AiAgentLongTextTool>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiAgentExtract/properties/basic_text`).
    pub basic_text: Option<super::AiAgentBasicTextTool>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiAgentExtract/properties/basic_image`).
    pub basic_image: Option<super::AiAgentBasicTextTool>,
}

serialize_struct!(
    runtime,
    AiAgentExtract {
        r#type: required("type"),
        long_text: optional("long_text"),
        basic_text: optional("basic_text"),
        basic_image: optional("basic_image")
    }
);

deserialize_struct!(
    runtime,
    AiAgentExtract {
        r#type: required::<super::AiAgentExtractTypeField>("type"),
        long_text: optional::<Option<super::AiAgentLongTextTool>>("long_text"),
        basic_text: optional::<Option<super::AiAgentBasicTextTool>>("basic_text"),
        basic_image: optional::<Option<super::AiAgentBasicTextTool>>("basic_image")
    }
);

/// The type of AI agent to be used for extraction.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiAgentExtractTypeField {
    /// `ai_agent_extract`
    AiAgentExtract,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiAgentExtractTypeField, Unknown, AiAgentExtract = "ai_agent_extract");

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentExtractStructured`] and the types nested in it, from `#/components/schemas/AiAgentExtractStructured`.

use crate::runtime::{self, string_enum};

/// AI agent for structured extract request
///
/// The AI agent to be used for structured extraction.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AiAgentExtractStructured {
    /// The type of AI agent to be used for extraction.
    pub r#type: super::AiAgentExtractStructuredTypeField,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiAgentExtractStructured/properties/long_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_text: Option<super::AiAgentLongTextTool>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiAgentExtractStructured/properties/basic_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_text: Option<super::AiAgentBasicTextTool>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiAgentExtractStructured/properties/basic_image`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_image: Option<super::AiAgentBasicTextTool>,
}

/// The type of AI agent to be used for extraction.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiAgentExtractStructuredTypeField {
    /// `ai_agent_extract_structured`
    AiAgentExtractStructured,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    AiAgentExtractStructuredTypeField,
    Unknown,
    AiAgentExtractStructured = "ai_agent_extract_structured"
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentExtractResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentExtractResponse`.

use crate::runtime::{self, string_enum};

/// AI agent capability extract
///
/// The AI agent to be used for metadata extraction.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AiStudioAgentExtractResponse {
    /// The type of AI agent to be used for metadata extraction.
    pub r#type: super::AiStudioAgentExtractResponseTypeField,
    /// Capability Access State
    ///
    /// The state of the AI Agent capability. Possible values are: `enabled` and `disabled`.
    pub access_state: String,
    /// The description of the AI agent.
    pub description: String,
    /// Custom instructions for the AI agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_instructions: Option<String>,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtractResponse/properties/long_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_text: Option<super::AiStudioAgentLongTextToolResponse>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtractResponse/properties/basic_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_text: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtractResponse/properties/basic_image`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_image: Option<super::AiStudioAgentBasicTextToolResponse>,
}

/// The type of AI agent to be used for metadata extraction.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiStudioAgentExtractResponseTypeField {
    /// `ai_agent_extract`
    AiAgentExtract,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiStudioAgentExtractResponseTypeField, Unknown, AiAgentExtract = "ai_agent_extract");

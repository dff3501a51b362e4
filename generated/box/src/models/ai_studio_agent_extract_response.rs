// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentExtractResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentExtractResponse`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// AI agent capability extract
///
/// The AI agent to be used for metadata extraction.
#[derive(Clone, Debug, PartialEq)]
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
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub custom_instructions: Option<String>,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtractResponse/properties/long_text`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub long_text: Option<super::AiStudioAgentLongTextToolResponse>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtractResponse/properties/basic_text`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub basic_text: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtractResponse/properties/basic_image`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub basic_image: Option<super::AiStudioAgentBasicTextToolResponse>,
}

deserialize_struct!(
    runtime,
    AiStudioAgentExtractResponse {
        r#type: required::<super::AiStudioAgentExtractResponseTypeField>("type"),
        access_state: required::<String>("access_state"),
        description: required::<String>("description"),
        custom_instructions: optional::<Option<String>>("custom_instructions"),
        long_text: optional::<Option<super::AiStudioAgentLongTextToolResponse>>("long_text"),
        basic_text: optional::<Option<super::AiStudioAgentBasicTextToolResponse>>("basic_text"),
        basic_image: optional::<Option<super::AiStudioAgentBasicTextToolResponse>>("basic_image")
    }
);

/// The type of AI agent to be used for metadata extraction.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiStudioAgentExtractResponseTypeField {
    /// `ai_agent_extract`
    AiAgentExtract,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiStudioAgentExtractResponseTypeField, Unknown, AiAgentExtract = "ai_agent_extract");

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentExtractResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentExtractResponse`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// AI agent capability extract
///
/// The AI agent to be used for metadata extraction.
#[derive(Clone, Debug, PartialEq)]
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
    pub custom_instructions: Option<String>,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtractResponse/properties/long_text`).
    pub long_text: Option<super::AiStudioAgentLongTextToolResponse>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtractResponse/properties/basic_text`).
    pub basic_text: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtractResponse/properties/basic_image`).
    pub basic_image: Option<super::AiStudioAgentBasicTextToolResponse>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiStudioAgentExtractResponse {
        r#type: required("type"),
        access_state: required("access_state"),
        description: required("description"),
        custom_instructions: optional("custom_instructions"),
        long_text: optional("long_text"),
        basic_text: optional("basic_text"),
        basic_image: optional("basic_image")
    }
);

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

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentExtract`] and the types nested in it, from `#/components/schemas/AiStudioAgentExtract`.

use crate::runtime::{self, serialize_struct, string_enum};

/// AI agent capability extract request
///
/// The AI agent to be used for metadata extraction.
#[derive(Clone, Debug, PartialEq)]
pub struct AiStudioAgentExtract {
    /// The type of AI agent to be used for metadata extraction.
    pub r#type: super::AiStudioAgentExtractTypeField,
    /// Capability Access State
    ///
    /// The state of the AI Agent capability. Possible values are: `enabled` and `disabled`.
    pub access_state: String,
    /// The description of the AI agent.
    pub description: String,
    /// Custom instructions for the AI agent.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub custom_instructions: Option<Option<String>>,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtract/properties/long_text`).
    pub long_text: Option<super::AiStudioAgentLongTextTool>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtract/properties/basic_text`).
    pub basic_text: Option<super::AiStudioAgentBasicTextTool>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiStudioAgentExtract/properties/basic_image`).
    pub basic_image: Option<super::AiStudioAgentBasicTextTool>,
}

serialize_struct!(
    runtime,
    AiStudioAgentExtract {
        r#type: required("type"),
        access_state: required("access_state"),
        description: required("description"),
        custom_instructions: nullable("custom_instructions"),
        long_text: optional("long_text"),
        basic_text: optional("basic_text"),
        basic_image: optional("basic_image")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiStudioAgentExtract {
        r#type: required::<super::AiStudioAgentExtractTypeField>("type"),
        access_state: required::<String>("access_state"),
        description: required::<String>("description"),
        custom_instructions: nullable::<Option<String>>("custom_instructions"),
        long_text: optional::<Option<super::AiStudioAgentLongTextTool>>("long_text"),
        basic_text: optional::<Option<super::AiStudioAgentBasicTextTool>>("basic_text"),
        basic_image: optional::<Option<super::AiStudioAgentBasicTextTool>>("basic_image")
    }
);

/// The type of AI agent to be used for metadata extraction.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiStudioAgentExtractTypeField {
    /// `ai_agent_extract`
    AiAgentExtract,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiStudioAgentExtractTypeField, Unknown, AiAgentExtract = "ai_agent_extract");

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentTextGenResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentTextGenResponse`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// AI agent capability text generation
///
/// The AI agent to be used to generate text.
#[derive(Clone, Debug, PartialEq)]
pub struct AiStudioAgentTextGenResponse {
    /// The type of AI agent used for generating text.
    pub r#type: super::AiStudioAgentTextGenResponseTypeField,
    /// Capability Access State
    ///
    /// The state of the AI Agent capability. Possible values are: `enabled` and `disabled`.
    pub access_state: String,
    /// The description of the AI agent.
    pub description: String,
    /// Custom instructions for the AI agent.
    pub custom_instructions: Option<String>,
    /// Suggested questions for the AI agent. If null, suggested question will be generated. If empty, no suggested questions will be displayed.
    pub suggested_questions: Option<Vec<String>>,
    /// The `basic_gen` property, which the spec does not describe (`#/components/schemas/AiStudioAgentTextGenResponse/properties/basic_gen`).
    pub basic_gen: Option<super::AiStudioAgentBasicGenToolResponse>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiStudioAgentTextGenResponse {
        r#type: required("type"),
        access_state: required("access_state"),
        description: required("description"),
        custom_instructions: optional("custom_instructions"),
        suggested_questions: optional("suggested_questions"),
        basic_gen: optional("basic_gen")
    }
);

deserialize_struct!(
    runtime,
    AiStudioAgentTextGenResponse {
        r#type: required::<super::AiStudioAgentTextGenResponseTypeField>("type"),
        access_state: required::<String>("access_state"),
        description: required::<String>("description"),
        custom_instructions: optional::<Option<String>>("custom_instructions"),
        suggested_questions: optional::<Option<Vec<String>>>("suggested_questions"),
        basic_gen: optional::<Option<super::AiStudioAgentBasicGenToolResponse>>("basic_gen")
    }
);

/// The type of AI agent used for generating text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiStudioAgentTextGenResponseTypeField {
    /// `ai_agent_text_gen`
    AiAgentTextGen,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiStudioAgentTextGenResponseTypeField, Unknown, AiAgentTextGen = "ai_agent_text_gen");

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentTextGen`] and the types nested in it, from `#/components/schemas/AiStudioAgentTextGen`.

use crate::runtime::{self, serialize_struct, string_enum};

/// AI agent capability text generation request
///
/// The AI agent to be used to generate text.
#[derive(Clone, Debug, PartialEq)]
pub struct AiStudioAgentTextGen {
    /// The type of AI agent used for generating text.
    pub r#type: super::AiStudioAgentTextGenTypeField,
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
    /// Suggested questions for the AI agent. If null, suggested question will be generated. If empty, no suggested questions will be displayed.
    pub suggested_questions: Option<Vec<String>>,
    /// The `basic_gen` property, which the spec does not describe (`#/components/schemas/AiStudioAgentTextGen/properties/basic_gen`).
    pub basic_gen: Option<super::AiStudioAgentBasicGenTool>,
}

serialize_struct!(
    runtime,
    AiStudioAgentTextGen {
        r#type: required("type"),
        access_state: required("access_state"),
        description: required("description"),
        custom_instructions: nullable("custom_instructions"),
        suggested_questions: optional("suggested_questions"),
        basic_gen: optional("basic_gen")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiStudioAgentTextGen {
        r#type: required::<super::AiStudioAgentTextGenTypeField>("type"),
        access_state: required::<String>("access_state"),
        description: required::<String>("description"),
        custom_instructions: nullable::<Option<String>>("custom_instructions"),
        suggested_questions: optional::<Option<Vec<String>>>("suggested_questions"),
        basic_gen: optional::<Option<super::AiStudioAgentBasicGenTool>>("basic_gen")
    }
);

/// The type of AI agent used for generating text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiStudioAgentTextGenTypeField {
    /// `ai_agent_text_gen`
    AiAgentTextGen,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiStudioAgentTextGenTypeField, Unknown, AiAgentTextGen = "ai_agent_text_gen");

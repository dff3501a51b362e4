// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentAskResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentAskResponse`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// AI agent capability ask
///
/// The AI agent to be used to ask questions.
#[derive(Clone, Debug, PartialEq)]
pub struct AiStudioAgentAskResponse {
    /// The type of AI agent used to ask questions.
    pub r#type: super::AiStudioAgentAskResponseTypeField,
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
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/long_text`).
    pub long_text: Option<super::AiStudioAgentLongTextToolResponse>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_text`).
    pub basic_text: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_image`).
    pub basic_image: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `spreadsheet` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/spreadsheet`).
    pub spreadsheet: Option<super::AiStudioAgentSpreadsheetToolResponse>,
    /// The `long_text_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/long_text_multi`).
    pub long_text_multi: Option<super::AiStudioAgentLongTextToolResponse>,
    /// The `basic_text_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_text_multi`).
    pub basic_text_multi: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `basic_image_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_image_multi`).
    pub basic_image_multi: Option<super::AiStudioAgentBasicTextToolResponse>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiStudioAgentAskResponse {
        r#type: required("type"),
        access_state: required("access_state"),
        description: required("description"),
        custom_instructions: optional("custom_instructions"),
        suggested_questions: optional("suggested_questions"),
        long_text: optional("long_text"),
        basic_text: optional("basic_text"),
        basic_image: optional("basic_image"),
        spreadsheet: optional("spreadsheet"),
        long_text_multi: optional("long_text_multi"),
        basic_text_multi: optional("basic_text_multi"),
        basic_image_multi: optional("basic_image_multi")
    }
);

deserialize_struct!(
    runtime,
    AiStudioAgentAskResponse {
        r#type: required::<super::AiStudioAgentAskResponseTypeField>("type"),
        access_state: required::<String>("access_state"),
        description: required::<String>("description"),
        custom_instructions: optional::<Option<String>>("custom_instructions"),
        suggested_questions: optional::<Option<Vec<String>>>("suggested_questions"),
        long_text: optional::<Option<super::AiStudioAgentLongTextToolResponse>>("long_text"),
        basic_text: optional::<Option<super::AiStudioAgentBasicTextToolResponse>>("basic_text"),
        basic_image: optional::<Option<super::AiStudioAgentBasicTextToolResponse>>("basic_image"),
        spreadsheet: optional::<Option<super::AiStudioAgentSpreadsheetToolResponse>>("spreadsheet"),
        long_text_multi: optional::<Option<super::AiStudioAgentLongTextToolResponse>>("long_text_multi"),
        basic_text_multi: optional::<Option<super::AiStudioAgentBasicTextToolResponse>>("basic_text_multi"),
        basic_image_multi: optional::<Option<super::AiStudioAgentBasicTextToolResponse>>("basic_image_multi")
    }
);

/// The type of AI agent used to ask questions.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiStudioAgentAskResponseTypeField {
    /// `ai_agent_ask`
    AiAgentAsk,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiStudioAgentAskResponseTypeField, Unknown, AiAgentAsk = "ai_agent_ask");

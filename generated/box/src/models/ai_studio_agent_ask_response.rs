// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentAskResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentAskResponse`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// AI agent capability ask
///
/// The AI agent to be used to ask questions.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
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
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub custom_instructions: Option<String>,
    /// Suggested questions for the AI agent. If null, suggested question will be generated. If empty, no suggested questions will be displayed.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub suggested_questions: Option<Vec<String>>,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/long_text`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub long_text: Option<super::AiStudioAgentLongTextToolResponse>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_text`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub basic_text: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_image`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub basic_image: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `spreadsheet` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/spreadsheet`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub spreadsheet: Option<super::AiStudioAgentSpreadsheetToolResponse>,
    /// The `long_text_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/long_text_multi`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub long_text_multi: Option<super::AiStudioAgentLongTextToolResponse>,
    /// The `basic_text_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_text_multi`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub basic_text_multi: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `basic_image_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_image_multi`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub basic_image_multi: Option<super::AiStudioAgentBasicTextToolResponse>,
}

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

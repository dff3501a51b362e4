// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentAskResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentAskResponse`.

use crate::runtime::{self, string_enum};

/// AI agent capability ask
///
/// The AI agent to be used to ask questions.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_instructions: Option<String>,
    /// Suggested questions for the AI agent. If null, suggested question will be generated. If empty, no suggested questions will be displayed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_questions: Option<Vec<String>>,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/long_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_text: Option<super::AiStudioAgentLongTextToolResponse>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_text: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_image`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_image: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `spreadsheet` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/spreadsheet`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spreadsheet: Option<super::AiStudioAgentSpreadsheetToolResponse>,
    /// The `long_text_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/long_text_multi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_text_multi: Option<super::AiStudioAgentLongTextToolResponse>,
    /// The `basic_text_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_text_multi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_text_multi: Option<super::AiStudioAgentBasicTextToolResponse>,
    /// The `basic_image_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAskResponse/properties/basic_image_multi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_image_multi: Option<super::AiStudioAgentBasicTextToolResponse>,
}

/// The type of AI agent used to ask questions.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiStudioAgentAskResponseTypeField {
    /// `ai_agent_ask`
    AiAgentAsk,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiStudioAgentAskResponseTypeField, Unknown, AiAgentAsk = "ai_agent_ask");

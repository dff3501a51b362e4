// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentAsk`] and the types nested in it, from `#/components/schemas/AiAgentAsk`.

use crate::runtime::{self, string_enum};

/// AI agent for question requests
///
/// The AI agent used to handle queries.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AiAgentAsk {
    /// The type of AI agent used to handle queries.
    pub r#type: super::AiAgentAskTypeField,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/long_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_text: Option<super::AiAgentLongTextTool>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/basic_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_text: Option<super::AiAgentBasicTextTool>,
    /// The `spreadsheet` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/spreadsheet`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spreadsheet: Option<super::AiAgentSpreadsheetTool>,
    /// The `long_text_multi` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/long_text_multi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_text_multi: Option<super::AiAgentLongTextTool>,
    /// The `basic_text_multi` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/basic_text_multi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_text_multi: Option<super::AiAgentBasicTextTool>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/basic_image`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_image: Option<super::AiAgentBasicTextTool>,
    /// The `basic_image_multi` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/basic_image_multi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_image_multi: Option<super::AiAgentBasicTextTool>,
}

/// The type of AI agent used to handle queries.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiAgentAskTypeField {
    /// `ai_agent_ask`
    AiAgentAsk,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiAgentAskTypeField, Unknown, AiAgentAsk = "ai_agent_ask");

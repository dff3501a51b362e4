// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentAsk`] and the types nested in it, from `#/components/schemas/AiAgentAsk`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// AI agent for question requests
///
/// The AI agent used to handle queries.
#[derive(Clone, Debug, PartialEq)]
pub struct AiAgentAsk {
    /// The type of AI agent used to handle queries.
    pub r#type: super::AiAgentAskTypeField,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/long_text`).
    pub long_text: Option<super::AiAgentLongTextTool>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/basic_text`).
    pub basic_text: Option<super::AiAgentBasicTextTool>,
    /// The `spreadsheet` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/spreadsheet`).
    pub spreadsheet: Option<super::AiAgentSpreadsheetTool>,
    /// The `long_text_multi` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/long_text_multi`).
    pub long_text_multi: Option<super::AiAgentLongTextTool>,
    /// The `basic_text_multi` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/basic_text_multi`).
    pub basic_text_multi: Option<super::AiAgentBasicTextTool>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/basic_image`).
    pub basic_image: Option<super::AiAgentBasicTextTool>,
    /// The `basic_image_multi` property, which the spec does not describe (`#/components/schemas/AiAgentAsk/properties/basic_image_multi`).
    pub basic_image_multi: Option<super::AiAgentBasicTextTool>,
}

serialize_struct!(
    runtime,
    AiAgentAsk {
        r#type: required("type"),
        long_text: optional("long_text"),
        basic_text: optional("basic_text"),
        spreadsheet: optional("spreadsheet"),
        long_text_multi: optional("long_text_multi"),
        basic_text_multi: optional("basic_text_multi"),
        basic_image: optional("basic_image"),
        basic_image_multi: optional("basic_image_multi")
    }
);

deserialize_struct!(
    runtime,
    AiAgentAsk {
        r#type: required::<super::AiAgentAskTypeField>("type"),
        long_text: optional::<Option<super::AiAgentLongTextTool>>("long_text"),
        basic_text: optional::<Option<super::AiAgentBasicTextTool>>("basic_text"),
        spreadsheet: optional::<Option<super::AiAgentSpreadsheetTool>>("spreadsheet"),
        long_text_multi: optional::<Option<super::AiAgentLongTextTool>>("long_text_multi"),
        basic_text_multi: optional::<Option<super::AiAgentBasicTextTool>>("basic_text_multi"),
        basic_image: optional::<Option<super::AiAgentBasicTextTool>>("basic_image"),
        basic_image_multi: optional::<Option<super::AiAgentBasicTextTool>>("basic_image_multi")
    }
);

/// The type of AI agent used to handle queries.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiAgentAskTypeField {
    /// `ai_agent_ask`
    AiAgentAsk,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiAgentAskTypeField, Unknown, AiAgentAsk = "ai_agent_ask");

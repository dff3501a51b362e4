// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentAsk`] and the types nested in it, from `#/components/schemas/AiStudioAgentAsk`.

use crate::runtime::{self, serialize_struct, string_enum};

/// AI agent capability ask request
///
/// The AI agent to be used to handle queries.
#[derive(Clone, Debug, PartialEq)]
pub struct AiStudioAgentAsk {
    /// The type of AI agent used to handle queries.
    pub r#type: super::AiStudioAgentAskTypeField,
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
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAsk/properties/long_text`).
    pub long_text: Option<super::AiStudioAgentLongTextTool>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAsk/properties/basic_text`).
    pub basic_text: Option<super::AiStudioAgentBasicTextTool>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAsk/properties/basic_image`).
    pub basic_image: Option<super::AiStudioAgentBasicTextTool>,
    /// The `spreadsheet` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAsk/properties/spreadsheet`).
    pub spreadsheet: Option<super::AiStudioAgentSpreadsheetTool>,
    /// The `long_text_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAsk/properties/long_text_multi`).
    pub long_text_multi: Option<super::AiStudioAgentLongTextTool>,
    /// The `basic_text_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAsk/properties/basic_text_multi`).
    pub basic_text_multi: Option<super::AiStudioAgentBasicTextTool>,
    /// The `basic_image_multi` property, which the spec does not describe (`#/components/schemas/AiStudioAgentAsk/properties/basic_image_multi`).
    pub basic_image_multi: Option<super::AiStudioAgentBasicTextTool>,
}

serialize_struct!(
    runtime,
    AiStudioAgentAsk {
        r#type: required("type"),
        access_state: required("access_state"),
        description: required("description"),
        custom_instructions: nullable("custom_instructions"),
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

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiStudioAgentAsk {
        r#type: required::<super::AiStudioAgentAskTypeField>("type"),
        access_state: required::<String>("access_state"),
        description: required::<String>("description"),
        custom_instructions: nullable::<Option<String>>("custom_instructions"),
        suggested_questions: optional::<Option<Vec<String>>>("suggested_questions"),
        long_text: optional::<Option<super::AiStudioAgentLongTextTool>>("long_text"),
        basic_text: optional::<Option<super::AiStudioAgentBasicTextTool>>("basic_text"),
        basic_image: optional::<Option<super::AiStudioAgentBasicTextTool>>("basic_image"),
        spreadsheet: optional::<Option<super::AiStudioAgentSpreadsheetTool>>("spreadsheet"),
        long_text_multi: optional::<Option<super::AiStudioAgentLongTextTool>>("long_text_multi"),
        basic_text_multi: optional::<Option<super::AiStudioAgentBasicTextTool>>("basic_text_multi"),
        basic_image_multi: optional::<Option<super::AiStudioAgentBasicTextTool>>("basic_image_multi")
    }
);

/// The type of AI agent used to handle queries.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiStudioAgentAskTypeField {
    /// `ai_agent_ask`
    AiAgentAsk,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiStudioAgentAskTypeField, Unknown, AiAgentAsk = "ai_agent_ask");

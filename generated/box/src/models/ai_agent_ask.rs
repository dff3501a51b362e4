// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentAsk`] and the types nested in it, from `#/components/schemas/AiAgentAsk`.

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

impl AiAgentAskTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AiAgentAsk => "ai_agent_ask",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AiAgentAskTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "ai_agent_ask" => Self::AiAgentAsk,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AiAgentAskTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AiAgentAskTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AiAgentAskTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

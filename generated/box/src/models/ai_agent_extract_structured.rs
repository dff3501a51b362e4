// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentExtractStructured`] and the types nested in it, from `#/components/schemas/AiAgentExtractStructured`.

/// AI agent for structured extract request
///
/// The AI agent to be used for structured extraction.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AiAgentExtractStructured {
    /// The type of AI agent to be used for extraction.
    pub r#type: super::AiAgentExtractStructuredTypeField,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiAgentExtractStructured/properties/long_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_text: Option<super::AiAgentLongTextTool>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiAgentExtractStructured/properties/basic_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_text: Option<super::AiAgentBasicTextTool>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiAgentExtractStructured/properties/basic_image`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_image: Option<super::AiAgentBasicTextTool>,
}

/// The type of AI agent to be used for extraction.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiAgentExtractStructuredTypeField {
    /// `ai_agent_extract_structured`
    AiAgentExtractStructured,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AiAgentExtractStructuredTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AiAgentExtractStructured => "ai_agent_extract_structured",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AiAgentExtractStructuredTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "ai_agent_extract_structured" => Self::AiAgentExtractStructured,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AiAgentExtractStructuredTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AiAgentExtractStructuredTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AiAgentExtractStructuredTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

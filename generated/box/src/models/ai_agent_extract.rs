// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentExtract`] and the types nested in it, from `#/components/schemas/AiAgentExtract`.

/// AI agent for extract requests
///
/// The AI agent to be used for extraction.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AiAgentExtract {
    /// The type of AI agent to be used for extraction.
    pub r#type: super::AiAgentExtractTypeField,
    /// The `long_text` property, which the spec does not describe (`#/components/schemas/AiAgentExtract/properties/long_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_text: Option<super::AiAgentLongTextTool>,
    /// The `basic_text` property, which the spec does not describe (`#/components/schemas/AiAgentExtract/properties/basic_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_text: Option<super::AiAgentBasicTextTool>,
    /// The `basic_image` property, which the spec does not describe (`#/components/schemas/AiAgentExtract/properties/basic_image`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_image: Option<super::AiAgentBasicTextTool>,
}

/// The type of AI agent to be used for extraction.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiAgentExtractTypeField {
    /// `ai_agent_extract`
    AiAgentExtract,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AiAgentExtractTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AiAgentExtract => "ai_agent_extract",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AiAgentExtractTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "ai_agent_extract" => Self::AiAgentExtract,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AiAgentExtractTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AiAgentExtractTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AiAgentExtractTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

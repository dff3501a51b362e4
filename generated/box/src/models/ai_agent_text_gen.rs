// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentTextGen`] and the types nested in it, from `#/components/schemas/AiAgentTextGen`.

/// AI agent for text generation requests
///
/// The AI agent used for generating text.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AiAgentTextGen {
    /// The type of AI agent used for generating text.
    pub r#type: super::AiAgentTextGenTypeField,
    /// The `basic_gen` property, which the spec does not describe (`#/components/schemas/AiAgentTextGen/properties/basic_gen`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_gen: Option<super::AiAgentBasicGenTool>,
}

/// The type of AI agent used for generating text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiAgentTextGenTypeField {
    /// `ai_agent_text_gen`
    AiAgentTextGen,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AiAgentTextGenTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AiAgentTextGen => "ai_agent_text_gen",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AiAgentTextGenTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "ai_agent_text_gen" => Self::AiAgentTextGen,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AiAgentTextGenTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AiAgentTextGenTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AiAgentTextGenTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

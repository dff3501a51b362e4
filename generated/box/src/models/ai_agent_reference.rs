// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentReference`] and the types nested in it, from `#/components/schemas/AiAgentReference`.

/// AI agent reference
///
/// The AI agent used to handle queries.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AiAgentReference {
    /// The type of AI agent used to handle queries.
    pub r#type: super::AiAgentReferenceTypeField,
    /// The ID of an Agent. This can be a numeric ID for custom agents (for example, `14031`)
    /// or a unique identifier for pre-built agents (for example, `enhanced_extract_agent`
    /// for the [Enhanced Extract Agent](https://developer.box.com/guides/box-ai/ai-tutorials/extract-metadata-structured#enhanced-extract-agent)).
    pub id: String,
}

/// The type of AI agent used to handle queries.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiAgentReferenceTypeField {
    /// `ai_agent_id`
    AiAgentId,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AiAgentReferenceTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AiAgentId => "ai_agent_id",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AiAgentReferenceTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "ai_agent_id" => Self::AiAgentId,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AiAgentReferenceTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AiAgentReferenceTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AiAgentReferenceTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

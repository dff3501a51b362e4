// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgent`] and the types nested in it, from `#/components/schemas/AiAgent`.

/// AI agent
///
/// Can be one of the following objects:
///   * AI agent for questions
///   * AI agent for text generation
///   * AI agent for freeform metadata extraction
///   * AI agent for structured metadata extraction.
///
/// Decoded by the value of its `type` property.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AiAgent {
    AiAgentAsk(super::AiAgentAsk),
    AiAgentTextGen(super::AiAgentTextGen),
    AiAgentExtract(super::AiAgentExtract),
    AiAgentExtractStructured(super::AiAgentExtractStructured),
}

impl From<super::AiAgentAsk> for AiAgent {
    fn from(value: super::AiAgentAsk) -> Self {
        Self::AiAgentAsk(value)
    }
}

impl From<super::AiAgentTextGen> for AiAgent {
    fn from(value: super::AiAgentTextGen) -> Self {
        Self::AiAgentTextGen(value)
    }
}

impl From<super::AiAgentExtract> for AiAgent {
    fn from(value: super::AiAgentExtract) -> Self {
        Self::AiAgentExtract(value)
    }
}

impl From<super::AiAgentExtractStructured> for AiAgent {
    fn from(value: super::AiAgentExtractStructured) -> Self {
        Self::AiAgentExtractStructured(value)
    }
}

impl<'de> serde::Deserialize<'de> for AiAgent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match crate::runtime::codec::tag_of(&value, "type") {
            Some("ai_agent_ask") => crate::runtime::codec::variant(value).map(Self::AiAgentAsk),
            Some("ai_agent_text_gen") => crate::runtime::codec::variant(value).map(Self::AiAgentTextGen),
            Some("ai_agent_extract") => crate::runtime::codec::variant(value).map(Self::AiAgentExtract),
            Some("ai_agent_extract_structured") => {
                crate::runtime::codec::variant(value).map(Self::AiAgentExtractStructured)
            }
            tag => Err(crate::runtime::codec::unknown_tag("AiAgent", "type", tag)),
        }
    }
}

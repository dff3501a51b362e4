// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgent`] and the types nested in it, from `#/components/schemas/AiAgent`.

use crate::runtime::codec;

/// AI agent
///
/// Can be one of the following objects:
///   * AI agent for questions
///   * AI agent for text generation
///   * AI agent for freeform metadata extraction
///   * AI agent for structured metadata extraction.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize), serde(untagged))]
#[allow(clippy::large_enum_variant)]
pub enum AiAgent {
    /// The `AiAgentAsk` alternative (`#/components/schemas/AiAgent/oneOf/0`).
    Ask(super::AiAgentAsk),
    /// The `AiAgentTextGen` alternative (`#/components/schemas/AiAgent/oneOf/1`).
    TextGen(super::AiAgentTextGen),
    /// The `AiAgentExtract` alternative (`#/components/schemas/AiAgent/oneOf/2`).
    Extract(super::AiAgentExtract),
    /// The `AiAgentExtractStructured` alternative (`#/components/schemas/AiAgent/oneOf/3`).
    ExtractStructured(super::AiAgentExtractStructured),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::AiAgentAsk> for AiAgent {
    fn from(value: super::AiAgentAsk) -> Self {
        Self::Ask(value)
    }
}

impl From<super::AiAgentTextGen> for AiAgent {
    fn from(value: super::AiAgentTextGen) -> Self {
        Self::TextGen(value)
    }
}

impl From<super::AiAgentExtract> for AiAgent {
    fn from(value: super::AiAgentExtract) -> Self {
        Self::Extract(value)
    }
}

impl From<super::AiAgentExtractStructured> for AiAgent {
    fn from(value: super::AiAgentExtractStructured) -> Self {
        Self::ExtractStructured(value)
    }
}

impl<'de> serde::Deserialize<'de> for AiAgent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("ai_agent_ask") => codec::variant(value).map(Self::Ask),
            Some("ai_agent_text_gen") => codec::variant(value).map(Self::TextGen),
            Some("ai_agent_extract") => codec::variant(value).map(Self::Extract),
            Some("ai_agent_extract_structured") => codec::variant(value).map(Self::ExtractStructured),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("AiAgent", "type")),
        }
    }
}

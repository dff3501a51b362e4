// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractStructuredAgent`] and the types nested in it, from `#/components/schemas/AiExtractStructuredAgent`.

/// AI Extract Structured Request agent
///
/// The AI agent to be used to handle the AI extract structured request.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AiExtractStructuredAgent {
    /// The `AiAgentReference` alternative (`#/components/schemas/AiExtractStructuredAgent/oneOf/0`).
    AiAgentReference(super::AiAgentReference),
    /// The `AiAgentExtractStructured` alternative (`#/components/schemas/AiExtractStructuredAgent/oneOf/1`).
    AiAgentExtractStructured(super::AiAgentExtractStructured),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::AiAgentReference> for AiExtractStructuredAgent {
    fn from(value: super::AiAgentReference) -> Self {
        Self::AiAgentReference(value)
    }
}

impl From<super::AiAgentExtractStructured> for AiExtractStructuredAgent {
    fn from(value: super::AiAgentExtractStructured) -> Self {
        Self::AiAgentExtractStructured(value)
    }
}

#[cfg(feature = "serde-both-ways")]
impl<'de> serde::Deserialize<'de> for AiExtractStructuredAgent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match crate::runtime::codec::tag_of(&value, "type") {
            Some("ai_agent_id") => crate::runtime::codec::variant(value).map(Self::AiAgentReference),
            Some("ai_agent_extract_structured") => {
                crate::runtime::codec::variant(value).map(Self::AiAgentExtractStructured)
            }
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(crate::runtime::codec::missing_tag("AiExtractStructuredAgent", "type")),
        }
    }
}

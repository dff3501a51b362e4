// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAskAgent`] and the types nested in it, from `#/components/schemas/AiAskAgent`.

/// AI ask request agent
///
/// The AI agent to be used to handle the AI ask request.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AiAskAgent {
    /// The `AiAgentReference` alternative (`#/components/schemas/AiAskAgent/oneOf/0`).
    AiAgentReference(super::AiAgentReference),
    /// The `AiAgentAsk` alternative (`#/components/schemas/AiAskAgent/oneOf/1`).
    AiAgentAsk(super::AiAgentAsk),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::AiAgentReference> for AiAskAgent {
    fn from(value: super::AiAgentReference) -> Self {
        Self::AiAgentReference(value)
    }
}

impl From<super::AiAgentAsk> for AiAskAgent {
    fn from(value: super::AiAgentAsk) -> Self {
        Self::AiAgentAsk(value)
    }
}

#[cfg(feature = "serde-both-ways")]
impl<'de> serde::Deserialize<'de> for AiAskAgent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match crate::runtime::codec::tag_of(&value, "type") {
            Some("ai_agent_id") => crate::runtime::codec::variant(value).map(Self::AiAgentReference),
            Some("ai_agent_ask") => crate::runtime::codec::variant(value).map(Self::AiAgentAsk),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(crate::runtime::codec::missing_tag("AiAskAgent", "type")),
        }
    }
}

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractAgent`] and the types nested in it, from `#/components/schemas/AiExtractAgent`.

/// AI metadata freeform extraction request agent
///
/// The AI agent to be used to handle the AI metadata freeform extraction request.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AiExtractAgent {
    /// The `AiAgentReference` alternative (`#/components/schemas/AiExtractAgent/oneOf/0`).
    AiAgentReference(super::AiAgentReference),
    /// The `AiAgentExtract` alternative (`#/components/schemas/AiExtractAgent/oneOf/1`).
    AiAgentExtract(super::AiAgentExtract),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::AiAgentReference> for AiExtractAgent {
    fn from(value: super::AiAgentReference) -> Self {
        Self::AiAgentReference(value)
    }
}

impl From<super::AiAgentExtract> for AiExtractAgent {
    fn from(value: super::AiAgentExtract) -> Self {
        Self::AiAgentExtract(value)
    }
}

#[cfg(feature = "serde-both-ways")]
impl<'de> serde::Deserialize<'de> for AiExtractAgent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match crate::runtime::codec::tag_of(&value, "type") {
            Some("ai_agent_id") => crate::runtime::codec::variant(value).map(Self::AiAgentReference),
            Some("ai_agent_extract") => crate::runtime::codec::variant(value).map(Self::AiAgentExtract),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(crate::runtime::codec::missing_tag("AiExtractAgent", "type")),
        }
    }
}

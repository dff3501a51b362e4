// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiTextGenAgent`] and the types nested in it, from `#/components/schemas/AiTextGenAgent`.

/// AI text gen request agent
///
/// The AI agent to be used to handle the AI text generation request.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AiTextGenAgent {
    /// The `AiAgentReference` alternative (`#/components/schemas/AiTextGenAgent/oneOf/0`).
    AiAgentReference(super::AiAgentReference),
    /// The `AiAgentTextGen` alternative (`#/components/schemas/AiTextGenAgent/oneOf/1`).
    AiAgentTextGen(super::AiAgentTextGen),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::AiAgentReference> for AiTextGenAgent {
    fn from(value: super::AiAgentReference) -> Self {
        Self::AiAgentReference(value)
    }
}

impl From<super::AiAgentTextGen> for AiTextGenAgent {
    fn from(value: super::AiAgentTextGen) -> Self {
        Self::AiAgentTextGen(value)
    }
}

#[cfg(feature = "serde-both-ways")]
impl<'de> serde::Deserialize<'de> for AiTextGenAgent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match crate::runtime::codec::tag_of(&value, "type") {
            Some("ai_agent_id") => crate::runtime::codec::variant(value).map(Self::AiAgentReference),
            Some("ai_agent_text_gen") => crate::runtime::codec::variant(value).map(Self::AiAgentTextGen),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(crate::runtime::codec::missing_tag("AiTextGenAgent", "type")),
        }
    }
}

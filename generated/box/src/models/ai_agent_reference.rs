// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentReference`] and the types nested in it, from `#/components/schemas/AiAgentReference`.

use crate::runtime::{self, serialize_struct, string_enum};

/// AI agent reference
///
/// The AI agent used to handle queries.
#[derive(Clone, Debug, PartialEq)]
pub struct AiAgentReference {
    /// The type of AI agent used to handle queries.
    pub r#type: super::AiAgentReferenceTypeField,
    /// The ID of an Agent. This can be a numeric ID for custom agents (for example, `14031`)
    /// or a unique identifier for pre-built agents (for example, `enhanced_extract_agent`
    /// for the [Enhanced Extract Agent](https://developer.box.com/guides/box-ai/ai-tutorials/extract-metadata-structured#enhanced-extract-agent)).
    pub id: String,
}

serialize_struct!(runtime, AiAgentReference { r#type: required("type"), id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiAgentReference { r#type: required::<super::AiAgentReferenceTypeField>("type"), id: required::<String>("id") }
);

/// The type of AI agent used to handle queries.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiAgentReferenceTypeField {
    /// `ai_agent_id`
    AiAgentId,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiAgentReferenceTypeField, Unknown, AiAgentId = "ai_agent_id");

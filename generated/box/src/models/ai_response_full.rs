// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiResponseFull`] and the types nested in it, from `#/components/schemas/AiResponse--Full`.

use crate::runtime::{self, deserialize_struct};

/// AI response (Full)
///
/// AI ask response.
#[derive(Clone, Debug, PartialEq)]
pub struct AiResponseFull {
    /// The answer provided by the LLM.
    pub answer: String,
    /// The ISO date formatted timestamp of when the answer to the prompt was created.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The reason the response finishes.
    pub completion_reason: Option<String>,
    /// The `ai_agent_info` property, which the spec does not describe (`#/components/schemas/AiResponse/properties/ai_agent_info`).
    pub ai_agent_info: Option<super::AiAgentInfo>,
    /// The citations of the LLM's answer reference.
    pub citations: Option<Vec<super::AiCitation>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiResponseFull {
        answer: required("answer"),
        created_at: required("created_at"),
        completion_reason: optional("completion_reason"),
        ai_agent_info: optional("ai_agent_info"),
        citations: optional("citations")
    }
);

deserialize_struct!(
    runtime,
    AiResponseFull {
        answer: required::<String>("answer"),
        created_at: required::<chrono::DateTime<chrono::Utc>>("created_at"),
        completion_reason: optional::<Option<String>>("completion_reason"),
        ai_agent_info: optional::<Option<super::AiAgentInfo>>("ai_agent_info"),
        citations: optional::<Option<Vec<super::AiCitation>>>("citations")
    }
);

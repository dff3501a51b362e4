// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiResponse`] and the types nested in it, from `#/components/schemas/AiResponse`.

use crate::runtime::{self, deserialize_struct};

/// AI response
///
/// AI response.
#[derive(Clone, Debug, PartialEq)]
pub struct AiResponse {
    /// The answer provided by the LLM.
    pub answer: String,
    /// The ISO date formatted timestamp of when the answer to the prompt was created.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The reason the response finishes.
    pub completion_reason: Option<String>,
    /// The `ai_agent_info` property, which the spec does not describe (`#/components/schemas/AiResponse/properties/ai_agent_info`).
    pub ai_agent_info: Option<super::AiAgentInfo>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiResponse {
        answer: required("answer"),
        created_at: required("created_at"),
        completion_reason: optional("completion_reason"),
        ai_agent_info: optional("ai_agent_info")
    }
);

deserialize_struct!(
    runtime,
    AiResponse {
        answer: required::<String>("answer"),
        created_at: required::<chrono::DateTime<chrono::Utc>>("created_at"),
        completion_reason: optional::<Option<String>>("completion_reason"),
        ai_agent_info: optional::<Option<super::AiAgentInfo>>("ai_agent_info")
    }
);

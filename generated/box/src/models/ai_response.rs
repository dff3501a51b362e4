// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiResponse`] and the types nested in it, from `#/components/schemas/AiResponse`.

/// AI response
///
/// AI response.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AiResponse {
    /// The answer provided by the LLM.
    pub answer: String,
    /// The ISO date formatted timestamp of when the answer to the prompt was created.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The reason the response finishes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_reason: Option<String>,
    /// The `ai_agent_info` property, which the spec does not describe (`#/components/schemas/AiResponse/properties/ai_agent_info`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ai_agent_info: Option<super::AiAgentInfo>,
}

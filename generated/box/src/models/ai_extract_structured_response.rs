// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtractStructuredResponse`] and the types nested in it, from `#/components/schemas/AiExtractStructuredResponse`.

use crate::runtime::{self, deserialize_struct};

/// AI extract structured response
///
/// AI extract structured response.
#[derive(Clone, Debug, PartialEq)]
pub struct AiExtractStructuredResponse {
    /// The `answer` property, which the spec does not describe (`#/components/schemas/AiExtractStructuredResponse/properties/answer`).
    pub answer: super::AiExtractResponse,
    /// The ISO date formatted timestamp of when the answer to the prompt was created.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The reason the response finishes.
    pub completion_reason: Option<String>,
    /// The confidence score levels and numeric values for each extracted field as a JSON dictionary. This can be empty if no field could be extracted.
    pub confidence_score: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The reference for each extracted field as a JSON dictionary. This can be empty if no field could be extracted.
    pub reference: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The `ai_agent_info` property, which the spec does not describe (`#/components/schemas/AiExtractStructuredResponse/properties/ai_agent_info`).
    pub ai_agent_info: Option<super::AiAgentInfo>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiExtractStructuredResponse {
        answer: required("answer"),
        created_at: required("created_at"),
        completion_reason: optional("completion_reason"),
        confidence_score: optional("confidence_score"),
        reference: optional("reference"),
        ai_agent_info: optional("ai_agent_info")
    }
);

deserialize_struct!(
    runtime,
    AiExtractStructuredResponse {
        answer: required::<super::AiExtractResponse>("answer"),
        created_at: required::<chrono::DateTime<chrono::Utc>>("created_at"),
        completion_reason: optional::<Option<String>>("completion_reason"),
        confidence_score: optional::<Option<std::collections::BTreeMap<String, serde_json::Value>>>("confidence_score"),
        reference: optional::<Option<std::collections::BTreeMap<String, serde_json::Value>>>("reference"),
        ai_agent_info: optional::<Option<super::AiAgentInfo>>("ai_agent_info")
    }
);

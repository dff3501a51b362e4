// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiSingleAgentResponseFull`] and the types nested in it, from `#/components/schemas/AiSingleAgentResponse--Full`.

/// AI agent (Full)
///
/// Full representation of an AI Agent instance.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AiSingleAgentResponseFull {
    /// The unique identifier of the AI Agent.
    pub id: String,
    /// The type of agent used to handle queries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::AiSingleAgentResponseTypeField>,
    /// The provider of the AI Agent.
    pub origin: String,
    /// The name of the AI Agent.
    pub name: String,
    /// Access State
    ///
    /// The state of the AI Agent. Possible values are: `enabled`, `disabled`, and `enabled_for_selected_users`.
    pub access_state: String,
    /// The user who created this agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserBase>,
    /// The ISO date-time formatted timestamp of when this AI agent was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The user who most recently modified this agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<super::UserBase>,
    /// The ISO date-time formatted timestamp of when this AI agent was recently modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The icon reference of the AI Agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_reference: Option<String>,
    /// List of allowed users or groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_entities: Option<Vec<super::AiAgentAllowedEntity>>,
    /// The `ask` property, which the spec does not describe (`#/components/schemas/AiSingleAgentResponse--Full/allOf/1/properties/ask`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask: Option<super::AiStudioAgentAskResponse>,
    /// The `text_gen` property, which the spec does not describe (`#/components/schemas/AiSingleAgentResponse--Full/allOf/1/properties/text_gen`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_gen: Option<super::AiStudioAgentTextGenResponse>,
    /// The `extract` property, which the spec does not describe (`#/components/schemas/AiSingleAgentResponse--Full/allOf/1/properties/extract`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extract: Option<super::AiStudioAgentExtractResponse>,
}

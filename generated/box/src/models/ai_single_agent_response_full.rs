// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiSingleAgentResponseFull`] and the types nested in it, from `#/components/schemas/AiSingleAgentResponse--Full`.

use crate::runtime::{self, deserialize_struct};

/// AI agent (Full)
///
/// Full representation of an AI Agent instance.
#[derive(Clone, Debug, PartialEq)]
pub struct AiSingleAgentResponseFull {
    /// The unique identifier of the AI Agent.
    pub id: String,
    /// The type of agent used to handle queries.
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
    pub created_by: Option<super::UserBase>,
    /// The ISO date-time formatted timestamp of when this AI agent was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The user who most recently modified this agent.
    pub modified_by: Option<super::UserBase>,
    /// The ISO date-time formatted timestamp of when this AI agent was recently modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The icon reference of the AI Agent.
    pub icon_reference: Option<String>,
    /// List of allowed users or groups.
    pub allowed_entities: Option<Vec<super::AiAgentAllowedEntity>>,
    /// The `ask` property, which the spec does not describe (`#/components/schemas/AiSingleAgentResponse--Full/allOf/1/properties/ask`).
    pub ask: Option<super::AiStudioAgentAskResponse>,
    /// The `text_gen` property, which the spec does not describe (`#/components/schemas/AiSingleAgentResponse--Full/allOf/1/properties/text_gen`).
    pub text_gen: Option<super::AiStudioAgentTextGenResponse>,
    /// The `extract` property, which the spec does not describe (`#/components/schemas/AiSingleAgentResponse--Full/allOf/1/properties/extract`).
    pub extract: Option<super::AiStudioAgentExtractResponse>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiSingleAgentResponseFull {
        id: required("id"),
        r#type: optional("type"),
        origin: required("origin"),
        name: required("name"),
        access_state: required("access_state"),
        created_by: optional("created_by"),
        created_at: optional("created_at"),
        modified_by: optional("modified_by"),
        modified_at: optional("modified_at"),
        icon_reference: optional("icon_reference"),
        allowed_entities: optional("allowed_entities"),
        ask: optional("ask"),
        text_gen: optional("text_gen"),
        extract: optional("extract")
    }
);

deserialize_struct!(
    runtime,
    AiSingleAgentResponseFull {
        id: required::<String>("id"),
        r#type: optional::<Option<super::AiSingleAgentResponseTypeField>>("type"),
        origin: required::<String>("origin"),
        name: required::<String>("name"),
        access_state: required::<String>("access_state"),
        created_by: optional::<Option<super::UserBase>>("created_by"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_by: optional::<Option<super::UserBase>>("modified_by"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        icon_reference: optional::<Option<String>>("icon_reference"),
        allowed_entities: optional::<Option<Vec<super::AiAgentAllowedEntity>>>("allowed_entities"),
        ask: optional::<Option<super::AiStudioAgentAskResponse>>("ask"),
        text_gen: optional::<Option<super::AiStudioAgentTextGenResponse>>("text_gen"),
        extract: optional::<Option<super::AiStudioAgentExtractResponse>>("extract")
    }
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiSingleAgentResponseTypeField`] and the types nested in it, from `#/components/schemas/AiSingleAgentResponse/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The type of agent used to handle queries.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiSingleAgentResponseTypeField {
    /// `ai_agent`
    AiAgent,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiSingleAgentResponseTypeField, Unknown, AiAgent = "ai_agent");

/// AI agent
///
/// Standard representation of an AI Agent instance.
#[derive(Clone, Debug, PartialEq)]
pub struct AiSingleAgentResponse {
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
}

serialize_struct!(
    runtime,
    AiSingleAgentResponse {
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
        allowed_entities: optional("allowed_entities")
    }
);

deserialize_struct!(
    runtime,
    AiSingleAgentResponse {
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
        allowed_entities: optional::<Option<Vec<super::AiAgentAllowedEntity>>>("allowed_entities")
    }
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CreateAiAgent`] and the types nested in it, from `#/components/schemas/CreateAiAgent`.

use crate::runtime::{self, string_enum};

/// Create AI agent request
///
/// The schema for AI agent create request.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CreateAiAgent {
    /// The type of agent used to handle queries.
    pub r#type: super::CreateAiAgentTypeField,
    /// The name of the AI Agent.
    pub name: String,
    /// Access State
    ///
    /// The state of the AI Agent. Possible values are: `enabled`, `disabled`, and `enabled_for_selected_users`.
    pub access_state: String,
    /// The icon reference of the AI Agent. It should have format of the URL `https://cdn01.boxcdn.net/app-assets/aistudio/avatars/<file_name>`
    /// where possible values of `file_name` are: `logo_boxAi.png`,`logo_stamp.png`,`logo_legal.png`,`logo_finance.png`,`logo_config.png`,`logo_handshake.png`,`logo_analytics.png`,`logo_classification.png`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_reference: Option<String>,
    /// List of allowed users or groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_entities: Option<Vec<super::AiAgentAllowedEntity>>,
    /// The `ask` property, which the spec does not describe (`#/components/schemas/CreateAiAgent/properties/ask`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask: Option<super::AiStudioAgentAsk>,
    /// The `text_gen` property, which the spec does not describe (`#/components/schemas/CreateAiAgent/properties/text_gen`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_gen: Option<super::AiStudioAgentTextGen>,
    /// The `extract` property, which the spec does not describe (`#/components/schemas/CreateAiAgent/properties/extract`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extract: Option<super::AiStudioAgentExtract>,
}

/// The type of agent used to handle queries.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateAiAgentTypeField {
    /// `ai_agent`
    AiAgent,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateAiAgentTypeField, Unknown, AiAgent = "ai_agent");

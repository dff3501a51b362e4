// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CreateAiAgent`] and the types nested in it, from `#/components/schemas/CreateAiAgent`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Create AI agent request
///
/// The schema for AI agent create request.
#[derive(Clone, Debug, PartialEq)]
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
    pub icon_reference: Option<String>,
    /// List of allowed users or groups.
    pub allowed_entities: Option<Vec<super::AiAgentAllowedEntity>>,
    /// The `ask` property, which the spec does not describe (`#/components/schemas/CreateAiAgent/properties/ask`).
    pub ask: Option<super::AiStudioAgentAsk>,
    /// The `text_gen` property, which the spec does not describe (`#/components/schemas/CreateAiAgent/properties/text_gen`).
    pub text_gen: Option<super::AiStudioAgentTextGen>,
    /// The `extract` property, which the spec does not describe (`#/components/schemas/CreateAiAgent/properties/extract`).
    pub extract: Option<super::AiStudioAgentExtract>,
}

serialize_struct!(
    runtime,
    CreateAiAgent {
        r#type: required("type"),
        name: required("name"),
        access_state: required("access_state"),
        icon_reference: optional("icon_reference"),
        allowed_entities: optional("allowed_entities"),
        ask: optional("ask"),
        text_gen: optional("text_gen"),
        extract: optional("extract")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateAiAgent {
        r#type: required::<super::CreateAiAgentTypeField>("type"),
        name: required::<String>("name"),
        access_state: required::<String>("access_state"),
        icon_reference: optional::<Option<String>>("icon_reference"),
        allowed_entities: optional::<Option<Vec<super::AiAgentAllowedEntity>>>("allowed_entities"),
        ask: optional::<Option<super::AiStudioAgentAsk>>("ask"),
        text_gen: optional::<Option<super::AiStudioAgentTextGen>>("text_gen"),
        extract: optional::<Option<super::AiStudioAgentExtract>>("extract")
    }
);

/// The type of agent used to handle queries.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateAiAgentTypeField {
    /// `ai_agent`
    AiAgent,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateAiAgentTypeField, Unknown, AiAgent = "ai_agent");

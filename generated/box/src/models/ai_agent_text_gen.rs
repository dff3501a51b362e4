// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentTextGen`] and the types nested in it, from `#/components/schemas/AiAgentTextGen`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// AI agent for text generation requests
///
/// The AI agent used for generating text.
#[derive(Clone, Debug, PartialEq)]
pub struct AiAgentTextGen {
    /// The type of AI agent used for generating text.
    pub r#type: super::AiAgentTextGenTypeField,
    /// The `basic_gen` property, which the spec does not describe (`#/components/schemas/AiAgentTextGen/properties/basic_gen`).
    pub basic_gen: Option<super::AiAgentBasicGenTool>,
}

serialize_struct!(runtime, AiAgentTextGen { r#type: required("type"), basic_gen: optional("basic_gen") });

deserialize_struct!(
    runtime,
    AiAgentTextGen {
        r#type: required::<super::AiAgentTextGenTypeField>("type"),
        basic_gen: optional::<Option<super::AiAgentBasicGenTool>>("basic_gen")
    }
);

/// The type of AI agent used for generating text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiAgentTextGenTypeField {
    /// `ai_agent_text_gen`
    AiAgentTextGen,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiAgentTextGenTypeField, Unknown, AiAgentTextGen = "ai_agent_text_gen");

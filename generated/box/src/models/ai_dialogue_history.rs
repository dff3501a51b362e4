// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiDialogueHistory`] and the types nested in it, from `#/components/schemas/AiDialogueHistory`.

use crate::runtime::{self, serialize_struct};

/// Dialogue history
///
/// A context object that can hold prior prompts and answers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiDialogueHistory {
    /// The prompt previously provided by the client and answered by the LLM.
    pub prompt: Option<String>,
    /// The answer previously provided by the LLM.
    pub answer: Option<String>,
    /// The ISO date formatted timestamp of when the previous answer to the prompt was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
}

serialize_struct!(
    runtime,
    AiDialogueHistory { prompt: optional("prompt"), answer: optional("answer"), created_at: optional("created_at") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiDialogueHistory {
        prompt: optional::<Option<String>>("prompt"),
        answer: optional::<Option<String>>("answer"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at")
    }
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiDialogueHistory`] and the types nested in it, from `#/components/schemas/AiDialogueHistory`.

/// Dialogue history
///
/// A context object that can hold prior prompts and answers.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct AiDialogueHistory {
    /// The prompt previously provided by the client and answered by the LLM.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// The answer previously provided by the LLM.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// The ISO date formatted timestamp of when the previous answer to the prompt was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiDialogueHistory {
        prompt: optional::<Option<String>>("prompt"),
        answer: optional::<Option<String>>("answer"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at")
    }
);

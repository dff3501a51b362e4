// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiDialogueHistory`] and the types nested in it, from `#/components/schemas/AiDialogueHistory`.

/// Dialogue history
///
/// A context object that can hold prior prompts and answers.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AiDialogueHistory {
    /// The prompt previously provided by the client and answered by the LLM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// The answer previously provided by the LLM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// The ISO date formatted timestamp of when the previous answer to the prompt was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
}

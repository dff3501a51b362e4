// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Outcome`] and the types nested in it, from `#/components/schemas/Outcome`.

/// Outcome
///
/// An instance of an outcome.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Outcome {
    /// ID of a specific outcome.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collaborators: Option<super::CollaboratorVariable>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_rule: Option<super::CompletionRuleVariable>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_collaborator_role: Option<super::RoleVariable>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_collaborators: Option<super::CollaboratorVariable>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleVariable>,
}

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Outcome`] and the types nested in it, from `#/components/schemas/Outcome`.

/// Outcome
///
/// An instance of an outcome.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct Outcome {
    /// ID of a specific outcome.
    pub id: String,
    /// The `collaborators` property, which the spec does not describe (`#/components/schemas/Outcome/properties/collaborators`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collaborators: Option<super::CollaboratorVariable>,
    /// The `completion_rule` property, which the spec does not describe (`#/components/schemas/Outcome/properties/completion_rule`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_rule: Option<super::CompletionRuleVariable>,
    /// The `file_collaborator_role` property, which the spec does not describe (`#/components/schemas/Outcome/properties/file_collaborator_role`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_collaborator_role: Option<super::RoleVariable>,
    /// The `task_collaborators` property, which the spec does not describe (`#/components/schemas/Outcome/properties/task_collaborators`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_collaborators: Option<super::CollaboratorVariable>,
    /// The `role` property, which the spec does not describe (`#/components/schemas/Outcome/properties/role`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleVariable>,
}

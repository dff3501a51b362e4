// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Outcome`] and the types nested in it, from `#/components/schemas/Outcome`.

use crate::runtime::{self, serialize_struct};

/// Outcome
///
/// An instance of an outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// ID of a specific outcome.
    pub id: String,
    /// The `collaborators` property, which the spec does not describe (`#/components/schemas/Outcome/properties/collaborators`).
    pub collaborators: Option<super::CollaboratorVariable>,
    /// The `completion_rule` property, which the spec does not describe (`#/components/schemas/Outcome/properties/completion_rule`).
    pub completion_rule: Option<super::CompletionRuleVariable>,
    /// The `file_collaborator_role` property, which the spec does not describe (`#/components/schemas/Outcome/properties/file_collaborator_role`).
    pub file_collaborator_role: Option<super::RoleVariable>,
    /// The `task_collaborators` property, which the spec does not describe (`#/components/schemas/Outcome/properties/task_collaborators`).
    pub task_collaborators: Option<super::CollaboratorVariable>,
    /// The `role` property, which the spec does not describe (`#/components/schemas/Outcome/properties/role`).
    pub role: Option<super::RoleVariable>,
}

serialize_struct!(
    runtime,
    Outcome {
        id: required("id"),
        collaborators: optional("collaborators"),
        completion_rule: optional("completion_rule"),
        file_collaborator_role: optional("file_collaborator_role"),
        task_collaborators: optional("task_collaborators"),
        role: optional("role")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    Outcome {
        id: required::<String>("id"),
        collaborators: optional::<Option<super::CollaboratorVariable>>("collaborators"),
        completion_rule: optional::<Option<super::CompletionRuleVariable>>("completion_rule"),
        file_collaborator_role: optional::<Option<super::RoleVariable>>("file_collaborator_role"),
        task_collaborators: optional::<Option<super::CollaboratorVariable>>("task_collaborators"),
        role: optional::<Option<super::RoleVariable>>("role")
    }
);

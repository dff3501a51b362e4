// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Task`] and the types nested in it, from `#/components/schemas/Task`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Task
///
/// A task allows for file-centric workflows within Box. Users can
/// create tasks on files and assign them to other users for them to complete the
/// tasks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Task {
    /// The unique identifier for this task.
    pub id: Option<String>,
    /// The value will always be `task`.
    pub r#type: Option<super::TaskTypeField>,
    /// The `item` property, which the spec does not describe (`#/components/schemas/Task/properties/item`).
    pub item: Option<super::FileMini>,
    /// When the task is due.
    pub due_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The type of task the task assignee will be prompted to
    /// perform.
    pub action: Option<super::TaskActionField>,
    /// A message that will be included with the task.
    pub message: Option<String>,
    /// The `task_assignment_collection` property, which the spec does not describe (`#/components/schemas/Task/properties/task_assignment_collection`).
    pub task_assignment_collection: Option<super::TaskAssignments>,
    /// Whether the task has been completed.
    pub is_completed: Option<bool>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Task/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// When the task object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines which assignees need to complete this task before the task
    /// is considered completed.
    ///
    /// * `all_assignees` requires all assignees to review or
    /// approve the task in order for it to be considered completed.
    /// * `any_assignee` accepts any one assignee to review or
    /// approve the task in order for it to be considered completed.
    pub completion_rule: Option<super::TaskCompletionRuleField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Task {
        id: optional("id"),
        r#type: optional("type"),
        item: optional("item"),
        due_at: optional("due_at"),
        action: optional("action"),
        message: optional("message"),
        task_assignment_collection: optional("task_assignment_collection"),
        is_completed: optional("is_completed"),
        created_by: optional("created_by"),
        created_at: optional("created_at"),
        completion_rule: optional("completion_rule")
    }
);

deserialize_struct!(
    runtime,
    Task {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::TaskTypeField>>("type"),
        item: optional::<Option<super::FileMini>>("item"),
        due_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("due_at"),
        action: optional::<Option<super::TaskActionField>>("action"),
        message: optional::<Option<String>>("message"),
        task_assignment_collection: optional::<Option<super::TaskAssignments>>("task_assignment_collection"),
        is_completed: optional::<Option<bool>>("is_completed"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        completion_rule: optional::<Option<super::TaskCompletionRuleField>>("completion_rule")
    }
);

/// The value will always be `task`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskTypeField {
    /// `task`
    Task,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TaskTypeField, Unknown, Task = "task");

/// The type of task the task assignee will be prompted to
/// perform.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskActionField {
    /// `review`
    Review,
    /// `complete`
    Complete,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TaskActionField, Unknown, Review = "review", Complete = "complete");

/// Defines which assignees need to complete this task before the task
/// is considered completed.
///
/// * `all_assignees` requires all assignees to review or
/// approve the task in order for it to be considered completed.
/// * `any_assignee` accepts any one assignee to review or
/// approve the task in order for it to be considered completed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskCompletionRuleField {
    /// `all_assignees`
    AllAssignees,
    /// `any_assignee`
    AnyAssignee,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TaskCompletionRuleField, Unknown, AllAssignees = "all_assignees", AnyAssignee = "any_assignee");

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TaskAssignment`] and the types nested in it, from `#/components/schemas/TaskAssignment`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Task assignment
///
/// A task assignment defines which task is assigned to which user to complete.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TaskAssignment {
    /// The unique identifier for this task assignment.
    pub id: Option<String>,
    /// The value will always be `task_assignment`.
    pub r#type: Option<super::TaskAssignmentTypeField>,
    /// The `item` property, which the spec does not describe (`#/components/schemas/TaskAssignment/properties/item`).
    pub item: Option<super::FileMini>,
    /// The `assigned_to` property, which the spec does not describe (`#/components/schemas/TaskAssignment/properties/assigned_to`).
    pub assigned_to: Option<super::UserMini>,
    /// A message that will is included with the task
    /// assignment. This is visible to the assigned user in the web and mobile
    /// UI.
    pub message: Option<String>,
    /// The date at which this task assignment was
    /// completed. This will be `null` if the task is not completed yet.
    pub completed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date at which this task was assigned to the user.
    pub assigned_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date at which the assigned user was reminded of this task
    /// assignment.
    pub reminded_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The current state of the assignment. The available states depend on
    /// the `action` value of the task object.
    pub resolution_state: Option<super::TaskAssignmentResolutionStateField>,
    /// The `assigned_by` property, which the spec does not describe (`#/components/schemas/TaskAssignment/properties/assigned_by`).
    pub assigned_by: Option<super::UserMini>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TaskAssignment {
        id: optional("id"),
        r#type: optional("type"),
        item: optional("item"),
        assigned_to: optional("assigned_to"),
        message: optional("message"),
        completed_at: optional("completed_at"),
        assigned_at: optional("assigned_at"),
        reminded_at: optional("reminded_at"),
        resolution_state: optional("resolution_state"),
        assigned_by: optional("assigned_by")
    }
);

deserialize_struct!(
    runtime,
    TaskAssignment {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::TaskAssignmentTypeField>>("type"),
        item: optional::<Option<super::FileMini>>("item"),
        assigned_to: optional::<Option<super::UserMini>>("assigned_to"),
        message: optional::<Option<String>>("message"),
        completed_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("completed_at"),
        assigned_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("assigned_at"),
        reminded_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("reminded_at"),
        resolution_state: optional::<Option<super::TaskAssignmentResolutionStateField>>("resolution_state"),
        assigned_by: optional::<Option<super::UserMini>>("assigned_by")
    }
);

/// The value will always be `task_assignment`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskAssignmentTypeField {
    /// `task_assignment`
    TaskAssignment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TaskAssignmentTypeField, Unknown, TaskAssignment = "task_assignment");

/// The current state of the assignment. The available states depend on
/// the `action` value of the task object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskAssignmentResolutionStateField {
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `approved`
    Approved,
    /// `rejected`
    Rejected,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    TaskAssignmentResolutionStateField,
    Unknown,
    Completed = "completed",
    Incomplete = "incomplete",
    Approved = "approved",
    Rejected = "rejected"
);

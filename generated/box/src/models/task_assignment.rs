// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TaskAssignment`] and the types nested in it, from `#/components/schemas/TaskAssignment`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Task assignment
///
/// A task assignment defines which task is assigned to which user to complete.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TaskAssignment {
    /// The unique identifier for this task assignment.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The value will always be `task_assignment`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::TaskAssignmentTypeField>,
    /// The `item` property, which the spec does not describe (`#/components/schemas/TaskAssignment/properties/item`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub item: Option<super::FileMini>,
    /// The `assigned_to` property, which the spec does not describe (`#/components/schemas/TaskAssignment/properties/assigned_to`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub assigned_to: Option<super::UserMini>,
    /// A message that will is included with the task
    /// assignment. This is visible to the assigned user in the web and mobile
    /// UI.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub message: Option<String>,
    /// The date at which this task assignment was
    /// completed. This will be `null` if the task is not completed yet.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub completed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date at which this task was assigned to the user.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub assigned_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date at which the assigned user was reminded of this task
    /// assignment.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub reminded_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The current state of the assignment. The available states depend on
    /// the `action` value of the task object.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub resolution_state: Option<super::TaskAssignmentResolutionStateField>,
    /// The `assigned_by` property, which the spec does not describe (`#/components/schemas/TaskAssignment/properties/assigned_by`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub assigned_by: Option<super::UserMini>,
}

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

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TaskAssignment`] and the types nested in it, from `#/components/schemas/TaskAssignment`.

/// Task assignment
///
/// A task assignment defines which task is assigned to which user to complete.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TaskAssignment {
    /// The unique identifier for this task assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `task_assignment`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::TaskAssignmentTypeField>,
    /// The `item` property, which the spec does not describe (`#/components/schemas/TaskAssignment/properties/item`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<super::FileMini>,
    /// The `assigned_to` property, which the spec does not describe (`#/components/schemas/TaskAssignment/properties/assigned_to`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<super::UserMini>,
    /// A message that will is included with the task
    /// assignment. This is visible to the assigned user in the web and mobile
    /// UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The date at which this task assignment was
    /// completed. This will be `null` if the task is not completed yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date at which this task was assigned to the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date at which the assigned user was reminded of this task
    /// assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminded_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The current state of the assignment. The available states depend on
    /// the `action` value of the task object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution_state: Option<super::TaskAssignmentResolutionStateField>,
    /// The `assigned_by` property, which the spec does not describe (`#/components/schemas/TaskAssignment/properties/assigned_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_by: Option<super::UserMini>,
}

/// The value will always be `task_assignment`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskAssignmentTypeField {
    /// `task_assignment`
    TaskAssignment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl TaskAssignmentTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TaskAssignment => "task_assignment",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for TaskAssignmentTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "task_assignment" => Self::TaskAssignment,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for TaskAssignmentTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TaskAssignmentTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TaskAssignmentTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl TaskAssignmentResolutionStateField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for TaskAssignmentResolutionStateField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "approved" => Self::Approved,
            "rejected" => Self::Rejected,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for TaskAssignmentResolutionStateField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TaskAssignmentResolutionStateField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TaskAssignmentResolutionStateField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Task`] and the types nested in it, from `#/components/schemas/Task`.

/// Task
///
/// A task allows for file-centric workflows within Box. Users can
/// create tasks on files and assign them to other users for them to complete the
/// tasks.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Task {
    /// The unique identifier for this task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `task`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::TaskTypeField>,
    /// The `item` property, which the spec does not describe (`#/components/schemas/Task/properties/item`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<super::FileMini>,
    /// When the task is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The type of task the task assignee will be prompted to
    /// perform.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<super::TaskActionField>,
    /// A message that will be included with the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `task_assignment_collection` property, which the spec does not describe (`#/components/schemas/Task/properties/task_assignment_collection`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_assignment_collection: Option<super::TaskAssignments>,
    /// Whether the task has been completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_completed: Option<bool>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Task/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserMini>,
    /// When the task object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines which assignees need to complete this task before the task
    /// is considered completed.
    ///
    /// * `all_assignees` requires all assignees to review or
    /// approve the task in order for it to be considered completed.
    /// * `any_assignee` accepts any one assignee to review or
    /// approve the task in order for it to be considered completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_rule: Option<super::TaskCompletionRuleField>,
}

/// The value will always be `task`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskTypeField {
    /// `task`
    Task,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl TaskTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Task => "task",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for TaskTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "task" => Self::Task,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for TaskTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TaskTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TaskTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl TaskActionField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Review => "review",
            Self::Complete => "complete",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for TaskActionField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "review" => Self::Review,
            "complete" => Self::Complete,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for TaskActionField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TaskActionField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TaskActionField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl TaskCompletionRuleField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllAssignees => "all_assignees",
            Self::AnyAssignee => "any_assignee",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for TaskCompletionRuleField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "all_assignees" => Self::AllAssignees,
            "any_assignee" => Self::AnyAssignee,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for TaskCompletionRuleField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TaskCompletionRuleField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TaskCompletionRuleField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Workflow`] and the types nested in it, from `#/components/schemas/Workflow`.

/// Workflow
///
/// Box Relay Workflows are objects that represent a named collection of flows.
///
/// Your application must be authorized to use the `Manage Box Relay` application
/// scope within the developer console in order to use this resource.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Workflow {
    /// The unique identifier for the workflow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `workflow`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::WorkflowMiniTypeField>,
    /// The name of the workflow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description for a workflow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Specifies if this workflow is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    /// A list of flows assigned to a workflow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flows: Option<Vec<super::WorkflowFlowsField>>,
}

/// A step in a Box Relay Workflow. Each flow contains a `Trigger` and
/// a collection of Outcomes to perform once the conditions of a
/// `Trigger` are met.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct WorkflowFlowsField {
    /// The identifier of the flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The flow's resource type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::WorkflowFlowsTypeField>,
    /// The `trigger` property, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/trigger`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<super::WorkflowFlowsTriggerField>,
    /// The `outcomes` property, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/outcomes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcomes: Option<Vec<super::WorkflowFlowsOutcomesField>>,
    /// When this flow was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserBase>,
}

/// The flow's resource type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsTypeField {
    /// `flow`
    Flow,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WorkflowFlowsTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Flow => "flow",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WorkflowFlowsTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "flow" => Self::Flow,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WorkflowFlowsTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowFlowsTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowFlowsTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/trigger/allOf/0`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct WorkflowFlowsTriggerField {
    /// The trigger's resource type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::WorkflowFlowsTriggerTypeField>,
    /// The type of trigger selected for this flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_type: Option<super::WorkflowFlowsTriggerTriggerTypeField>,
    /// List of trigger scopes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<super::WorkflowFlowsTriggerScopeField>>,
}

/// The trigger's resource type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsTriggerTypeField {
    /// `trigger`
    Trigger,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WorkflowFlowsTriggerTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trigger => "trigger",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WorkflowFlowsTriggerTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "trigger" => Self::Trigger,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WorkflowFlowsTriggerTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowFlowsTriggerTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowFlowsTriggerTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The type of trigger selected for this flow.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsTriggerTriggerTypeField {
    /// `WORKFLOW_MANUAL_START`
    WorkflowManualStart,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WorkflowFlowsTriggerTriggerTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WorkflowManualStart => "WORKFLOW_MANUAL_START",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WorkflowFlowsTriggerTriggerTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "WORKFLOW_MANUAL_START" => Self::WorkflowManualStart,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WorkflowFlowsTriggerTriggerTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowFlowsTriggerTriggerTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowFlowsTriggerTriggerTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Object that describes where and how a Trigger condition is met.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct WorkflowFlowsTriggerScopeField {
    /// The trigger scope's resource type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::WorkflowFlowsTriggerScopeTypeField>,
    /// Indicates the path of the condition value to check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// The object the `ref` points to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<super::WorkflowFlowsTriggerScopeObjectField>,
}

/// The trigger scope's resource type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsTriggerScopeTypeField {
    /// `trigger_scope`
    TriggerScope,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WorkflowFlowsTriggerScopeTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TriggerScope => "trigger_scope",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WorkflowFlowsTriggerScopeTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "trigger_scope" => Self::TriggerScope,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WorkflowFlowsTriggerScopeTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowFlowsTriggerScopeTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowFlowsTriggerScopeTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The object the `ref` points to.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct WorkflowFlowsTriggerScopeObjectField {
    /// The type of the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::WorkflowFlowsTriggerScopeObjectTypeField>,
    /// The id of the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The type of the object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsTriggerScopeObjectTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WorkflowFlowsTriggerScopeObjectTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Folder => "folder",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WorkflowFlowsTriggerScopeObjectTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "folder" => Self::Folder,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WorkflowFlowsTriggerScopeObjectTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowFlowsTriggerScopeObjectTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowFlowsTriggerScopeObjectTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// List of outcomes to perform once the conditions of trigger are met.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct WorkflowFlowsOutcomesField {
    /// The identifier of the outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The outcomes resource type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::WorkflowFlowsOutcomesTypeField>,
    /// The name of the outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `action_type` property, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/outcomes/allOf/0/items/properties/action_type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_type: Option<super::WorkflowFlowsOutcomesActionTypeField>,
    /// If `action_type` is `assign_task` and the task is rejected, returns a
    /// list of outcomes to complete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub if_rejected: Option<Vec<super::WorkflowFlowsOutcomesIfRejectedField>>,
}

/// The outcomes resource type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsOutcomesTypeField {
    /// `outcome`
    Outcome,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WorkflowFlowsOutcomesTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Outcome => "outcome",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WorkflowFlowsOutcomesTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "outcome" => Self::Outcome,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WorkflowFlowsOutcomesTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowFlowsOutcomesTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowFlowsOutcomesTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Action Type
///
/// The type of outcome.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsOutcomesActionTypeField {
    /// `add_metadata`
    AddMetadata,
    /// `assign_task`
    AssignTask,
    /// `copy_file`
    CopyFile,
    /// `copy_folder`
    CopyFolder,
    /// `create_folder`
    CreateFolder,
    /// `delete_file`
    DeleteFile,
    /// `delete_folder`
    DeleteFolder,
    /// `lock_file`
    LockFile,
    /// `move_file`
    MoveFile,
    /// `move_folder`
    MoveFolder,
    /// `remove_watermark_file`
    RemoveWatermarkFile,
    /// `rename_folder`
    RenameFolder,
    /// `restore_folder`
    RestoreFolder,
    /// `share_file`
    ShareFile,
    /// `share_folder`
    ShareFolder,
    /// `unlock_file`
    UnlockFile,
    /// `upload_file`
    UploadFile,
    /// `wait_for_task`
    WaitForTask,
    /// `watermark_file`
    WatermarkFile,
    /// `go_back_to_step`
    GoBackToStep,
    /// `apply_file_classification`
    ApplyFileClassification,
    /// `apply_folder_classification`
    ApplyFolderClassification,
    /// `send_notification`
    SendNotification,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WorkflowFlowsOutcomesActionTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddMetadata => "add_metadata",
            Self::AssignTask => "assign_task",
            Self::CopyFile => "copy_file",
            Self::CopyFolder => "copy_folder",
            Self::CreateFolder => "create_folder",
            Self::DeleteFile => "delete_file",
            Self::DeleteFolder => "delete_folder",
            Self::LockFile => "lock_file",
            Self::MoveFile => "move_file",
            Self::MoveFolder => "move_folder",
            Self::RemoveWatermarkFile => "remove_watermark_file",
            Self::RenameFolder => "rename_folder",
            Self::RestoreFolder => "restore_folder",
            Self::ShareFile => "share_file",
            Self::ShareFolder => "share_folder",
            Self::UnlockFile => "unlock_file",
            Self::UploadFile => "upload_file",
            Self::WaitForTask => "wait_for_task",
            Self::WatermarkFile => "watermark_file",
            Self::GoBackToStep => "go_back_to_step",
            Self::ApplyFileClassification => "apply_file_classification",
            Self::ApplyFolderClassification => "apply_folder_classification",
            Self::SendNotification => "send_notification",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WorkflowFlowsOutcomesActionTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "add_metadata" => Self::AddMetadata,
            "assign_task" => Self::AssignTask,
            "copy_file" => Self::CopyFile,
            "copy_folder" => Self::CopyFolder,
            "create_folder" => Self::CreateFolder,
            "delete_file" => Self::DeleteFile,
            "delete_folder" => Self::DeleteFolder,
            "lock_file" => Self::LockFile,
            "move_file" => Self::MoveFile,
            "move_folder" => Self::MoveFolder,
            "remove_watermark_file" => Self::RemoveWatermarkFile,
            "rename_folder" => Self::RenameFolder,
            "restore_folder" => Self::RestoreFolder,
            "share_file" => Self::ShareFile,
            "share_folder" => Self::ShareFolder,
            "unlock_file" => Self::UnlockFile,
            "upload_file" => Self::UploadFile,
            "wait_for_task" => Self::WaitForTask,
            "watermark_file" => Self::WatermarkFile,
            "go_back_to_step" => Self::GoBackToStep,
            "apply_file_classification" => Self::ApplyFileClassification,
            "apply_folder_classification" => Self::ApplyFolderClassification,
            "send_notification" => Self::SendNotification,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WorkflowFlowsOutcomesActionTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowFlowsOutcomesActionTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowFlowsOutcomesActionTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/outcomes/allOf/0/items/properties/if_rejected/items`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct WorkflowFlowsOutcomesIfRejectedField {
    /// The identifier of the outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The outcomes resource type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::WorkflowFlowsOutcomesIfRejectedTypeField>,
    /// The name of the outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `action_type` property, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/outcomes/allOf/0/items/properties/if_rejected/items/properties/action_type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_type: Option<super::WorkflowFlowsOutcomesIfRejectedActionTypeField>,
}

/// The outcomes resource type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsOutcomesIfRejectedTypeField {
    /// `outcome`
    Outcome,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WorkflowFlowsOutcomesIfRejectedTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Outcome => "outcome",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WorkflowFlowsOutcomesIfRejectedTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "outcome" => Self::Outcome,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WorkflowFlowsOutcomesIfRejectedTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowFlowsOutcomesIfRejectedTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowFlowsOutcomesIfRejectedTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Action Type
///
/// The type of outcome.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsOutcomesIfRejectedActionTypeField {
    /// `add_metadata`
    AddMetadata,
    /// `assign_task`
    AssignTask,
    /// `copy_file`
    CopyFile,
    /// `copy_folder`
    CopyFolder,
    /// `create_folder`
    CreateFolder,
    /// `delete_file`
    DeleteFile,
    /// `delete_folder`
    DeleteFolder,
    /// `lock_file`
    LockFile,
    /// `move_file`
    MoveFile,
    /// `move_folder`
    MoveFolder,
    /// `remove_watermark_file`
    RemoveWatermarkFile,
    /// `rename_folder`
    RenameFolder,
    /// `restore_folder`
    RestoreFolder,
    /// `share_file`
    ShareFile,
    /// `share_folder`
    ShareFolder,
    /// `unlock_file`
    UnlockFile,
    /// `upload_file`
    UploadFile,
    /// `wait_for_task`
    WaitForTask,
    /// `watermark_file`
    WatermarkFile,
    /// `go_back_to_step`
    GoBackToStep,
    /// `apply_file_classification`
    ApplyFileClassification,
    /// `apply_folder_classification`
    ApplyFolderClassification,
    /// `send_notification`
    SendNotification,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WorkflowFlowsOutcomesIfRejectedActionTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddMetadata => "add_metadata",
            Self::AssignTask => "assign_task",
            Self::CopyFile => "copy_file",
            Self::CopyFolder => "copy_folder",
            Self::CreateFolder => "create_folder",
            Self::DeleteFile => "delete_file",
            Self::DeleteFolder => "delete_folder",
            Self::LockFile => "lock_file",
            Self::MoveFile => "move_file",
            Self::MoveFolder => "move_folder",
            Self::RemoveWatermarkFile => "remove_watermark_file",
            Self::RenameFolder => "rename_folder",
            Self::RestoreFolder => "restore_folder",
            Self::ShareFile => "share_file",
            Self::ShareFolder => "share_folder",
            Self::UnlockFile => "unlock_file",
            Self::UploadFile => "upload_file",
            Self::WaitForTask => "wait_for_task",
            Self::WatermarkFile => "watermark_file",
            Self::GoBackToStep => "go_back_to_step",
            Self::ApplyFileClassification => "apply_file_classification",
            Self::ApplyFolderClassification => "apply_folder_classification",
            Self::SendNotification => "send_notification",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WorkflowFlowsOutcomesIfRejectedActionTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "add_metadata" => Self::AddMetadata,
            "assign_task" => Self::AssignTask,
            "copy_file" => Self::CopyFile,
            "copy_folder" => Self::CopyFolder,
            "create_folder" => Self::CreateFolder,
            "delete_file" => Self::DeleteFile,
            "delete_folder" => Self::DeleteFolder,
            "lock_file" => Self::LockFile,
            "move_file" => Self::MoveFile,
            "move_folder" => Self::MoveFolder,
            "remove_watermark_file" => Self::RemoveWatermarkFile,
            "rename_folder" => Self::RenameFolder,
            "restore_folder" => Self::RestoreFolder,
            "share_file" => Self::ShareFile,
            "share_folder" => Self::ShareFolder,
            "unlock_file" => Self::UnlockFile,
            "upload_file" => Self::UploadFile,
            "wait_for_task" => Self::WaitForTask,
            "watermark_file" => Self::WatermarkFile,
            "go_back_to_step" => Self::GoBackToStep,
            "apply_file_classification" => Self::ApplyFileClassification,
            "apply_folder_classification" => Self::ApplyFolderClassification,
            "send_notification" => Self::SendNotification,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WorkflowFlowsOutcomesIfRejectedActionTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowFlowsOutcomesIfRejectedActionTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowFlowsOutcomesIfRejectedActionTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

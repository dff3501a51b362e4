// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Workflow`] and the types nested in it, from `#/components/schemas/Workflow`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Workflow
///
/// Box Relay Workflows are objects that represent a named collection of flows.
///
/// Your application must be authorized to use the `Manage Box Relay` application
/// scope within the developer console in order to use this resource.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workflow {
    /// The unique identifier for the workflow.
    pub id: Option<String>,
    /// The value will always be `workflow`.
    pub r#type: Option<super::WorkflowMiniTypeField>,
    /// The name of the workflow.
    pub name: Option<String>,
    /// The description for a workflow.
    pub description: Option<String>,
    /// Specifies if this workflow is enabled.
    pub is_enabled: Option<bool>,
    /// A list of flows assigned to a workflow.
    pub flows: Option<Vec<super::WorkflowFlowsField>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Workflow {
        id: optional("id"),
        r#type: optional("type"),
        name: optional("name"),
        description: optional("description"),
        is_enabled: optional("is_enabled"),
        flows: optional("flows")
    }
);

deserialize_struct!(
    runtime,
    Workflow {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::WorkflowMiniTypeField>>("type"),
        name: optional::<Option<String>>("name"),
        description: optional::<Option<String>>("description"),
        is_enabled: optional::<Option<bool>>("is_enabled"),
        flows: optional::<Option<Vec<super::WorkflowFlowsField>>>("flows")
    }
);

/// A step in a Box Relay Workflow. Each flow contains a `Trigger` and
/// a collection of Outcomes to perform once the conditions of a
/// `Trigger` are met.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkflowFlowsField {
    /// The identifier of the flow.
    pub id: Option<String>,
    /// The flow's resource type.
    pub r#type: Option<super::WorkflowFlowsTypeField>,
    /// The `trigger` property, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/trigger`).
    pub trigger: Option<super::WorkflowFlowsTriggerField>,
    /// The `outcomes` property, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/outcomes`).
    pub outcomes: Option<Vec<super::WorkflowFlowsOutcomesField>>,
    /// When this flow was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/created_by`).
    pub created_by: Option<super::UserBase>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WorkflowFlowsField {
        id: optional("id"),
        r#type: optional("type"),
        trigger: optional("trigger"),
        outcomes: optional("outcomes"),
        created_at: optional("created_at"),
        created_by: optional("created_by")
    }
);

deserialize_struct!(
    runtime,
    WorkflowFlowsField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::WorkflowFlowsTypeField>>("type"),
        trigger: optional::<Option<super::WorkflowFlowsTriggerField>>("trigger"),
        outcomes: optional::<Option<Vec<super::WorkflowFlowsOutcomesField>>>("outcomes"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        created_by: optional::<Option<super::UserBase>>("created_by")
    }
);

/// The flow's resource type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsTypeField {
    /// `flow`
    Flow,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WorkflowFlowsTypeField, Unknown, Flow = "flow");

/// An inline schema, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/trigger/allOf/0`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkflowFlowsTriggerField {
    /// The trigger's resource type.
    pub r#type: Option<super::WorkflowFlowsTriggerTypeField>,
    /// The type of trigger selected for this flow.
    pub trigger_type: Option<super::WorkflowFlowsTriggerTriggerTypeField>,
    /// List of trigger scopes.
    pub scope: Option<Vec<super::WorkflowFlowsTriggerScopeField>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WorkflowFlowsTriggerField {
        r#type: optional("type"),
        trigger_type: optional("trigger_type"),
        scope: optional("scope")
    }
);

deserialize_struct!(
    runtime,
    WorkflowFlowsTriggerField {
        r#type: optional::<Option<super::WorkflowFlowsTriggerTypeField>>("type"),
        trigger_type: optional::<Option<super::WorkflowFlowsTriggerTriggerTypeField>>("trigger_type"),
        scope: optional::<Option<Vec<super::WorkflowFlowsTriggerScopeField>>>("scope")
    }
);

/// The trigger's resource type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsTriggerTypeField {
    /// `trigger`
    Trigger,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WorkflowFlowsTriggerTypeField, Unknown, Trigger = "trigger");

/// The type of trigger selected for this flow.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsTriggerTriggerTypeField {
    /// `WORKFLOW_MANUAL_START`
    WorkflowManualStart,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WorkflowFlowsTriggerTriggerTypeField, Unknown, WorkflowManualStart = "WORKFLOW_MANUAL_START");

/// Object that describes where and how a Trigger condition is met.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkflowFlowsTriggerScopeField {
    /// The trigger scope's resource type.
    pub r#type: Option<super::WorkflowFlowsTriggerScopeTypeField>,
    /// Indicates the path of the condition value to check.
    pub r#ref: Option<String>,
    /// The object the `ref` points to.
    pub object: Option<super::WorkflowFlowsTriggerScopeObjectField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WorkflowFlowsTriggerScopeField { r#type: optional("type"), r#ref: optional("ref"), object: optional("object") }
);

deserialize_struct!(
    runtime,
    WorkflowFlowsTriggerScopeField {
        r#type: optional::<Option<super::WorkflowFlowsTriggerScopeTypeField>>("type"),
        r#ref: optional::<Option<String>>("ref"),
        object: optional::<Option<super::WorkflowFlowsTriggerScopeObjectField>>("object")
    }
);

/// The trigger scope's resource type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsTriggerScopeTypeField {
    /// `trigger_scope`
    TriggerScope,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WorkflowFlowsTriggerScopeTypeField, Unknown, TriggerScope = "trigger_scope");

/// The object the `ref` points to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkflowFlowsTriggerScopeObjectField {
    /// The type of the object.
    pub r#type: Option<super::WorkflowFlowsTriggerScopeObjectTypeField>,
    /// The id of the object.
    pub id: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WorkflowFlowsTriggerScopeObjectField { r#type: optional("type"), id: optional("id") }
);

deserialize_struct!(
    runtime,
    WorkflowFlowsTriggerScopeObjectField {
        r#type: optional::<Option<super::WorkflowFlowsTriggerScopeObjectTypeField>>("type"),
        id: optional::<Option<String>>("id")
    }
);

/// The type of the object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsTriggerScopeObjectTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WorkflowFlowsTriggerScopeObjectTypeField, Unknown, Folder = "folder");

/// List of outcomes to perform once the conditions of trigger are met.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkflowFlowsOutcomesField {
    /// The identifier of the outcome.
    pub id: Option<String>,
    /// The outcomes resource type.
    pub r#type: Option<super::WorkflowFlowsOutcomesTypeField>,
    /// The name of the outcome.
    pub name: Option<String>,
    /// The `action_type` property, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/outcomes/allOf/0/items/properties/action_type`).
    pub action_type: Option<super::WorkflowFlowsOutcomesActionTypeField>,
    /// If `action_type` is `assign_task` and the task is rejected, returns a
    /// list of outcomes to complete.
    pub if_rejected: Option<Vec<super::WorkflowFlowsOutcomesIfRejectedField>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WorkflowFlowsOutcomesField {
        id: optional("id"),
        r#type: optional("type"),
        name: optional("name"),
        action_type: optional("action_type"),
        if_rejected: optional("if_rejected")
    }
);

deserialize_struct!(
    runtime,
    WorkflowFlowsOutcomesField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::WorkflowFlowsOutcomesTypeField>>("type"),
        name: optional::<Option<String>>("name"),
        action_type: optional::<Option<super::WorkflowFlowsOutcomesActionTypeField>>("action_type"),
        if_rejected: optional::<Option<Vec<super::WorkflowFlowsOutcomesIfRejectedField>>>("if_rejected")
    }
);

/// The outcomes resource type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsOutcomesTypeField {
    /// `outcome`
    Outcome,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WorkflowFlowsOutcomesTypeField, Unknown, Outcome = "outcome");

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

string_enum!(
    runtime,
    WorkflowFlowsOutcomesActionTypeField,
    Unknown,
    AddMetadata = "add_metadata",
    AssignTask = "assign_task",
    CopyFile = "copy_file",
    CopyFolder = "copy_folder",
    CreateFolder = "create_folder",
    DeleteFile = "delete_file",
    DeleteFolder = "delete_folder",
    LockFile = "lock_file",
    MoveFile = "move_file",
    MoveFolder = "move_folder",
    RemoveWatermarkFile = "remove_watermark_file",
    RenameFolder = "rename_folder",
    RestoreFolder = "restore_folder",
    ShareFile = "share_file",
    ShareFolder = "share_folder",
    UnlockFile = "unlock_file",
    UploadFile = "upload_file",
    WaitForTask = "wait_for_task",
    WatermarkFile = "watermark_file",
    GoBackToStep = "go_back_to_step",
    ApplyFileClassification = "apply_file_classification",
    ApplyFolderClassification = "apply_folder_classification",
    SendNotification = "send_notification"
);

/// An inline schema, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/outcomes/allOf/0/items/properties/if_rejected/items`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkflowFlowsOutcomesIfRejectedField {
    /// The identifier of the outcome.
    pub id: Option<String>,
    /// The outcomes resource type.
    pub r#type: Option<super::WorkflowFlowsOutcomesIfRejectedTypeField>,
    /// The name of the outcome.
    pub name: Option<String>,
    /// The `action_type` property, which the spec does not describe (`#/components/schemas/Workflow/allOf/1/properties/flows/items/properties/outcomes/allOf/0/items/properties/if_rejected/items/properties/action_type`).
    pub action_type: Option<super::WorkflowFlowsOutcomesIfRejectedActionTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WorkflowFlowsOutcomesIfRejectedField {
        id: optional("id"),
        r#type: optional("type"),
        name: optional("name"),
        action_type: optional("action_type")
    }
);

deserialize_struct!(
    runtime,
    WorkflowFlowsOutcomesIfRejectedField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::WorkflowFlowsOutcomesIfRejectedTypeField>>("type"),
        name: optional::<Option<String>>("name"),
        action_type: optional::<Option<super::WorkflowFlowsOutcomesIfRejectedActionTypeField>>("action_type")
    }
);

/// The outcomes resource type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowFlowsOutcomesIfRejectedTypeField {
    /// `outcome`
    Outcome,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WorkflowFlowsOutcomesIfRejectedTypeField, Unknown, Outcome = "outcome");

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

string_enum!(
    runtime,
    WorkflowFlowsOutcomesIfRejectedActionTypeField,
    Unknown,
    AddMetadata = "add_metadata",
    AssignTask = "assign_task",
    CopyFile = "copy_file",
    CopyFolder = "copy_folder",
    CreateFolder = "create_folder",
    DeleteFile = "delete_file",
    DeleteFolder = "delete_folder",
    LockFile = "lock_file",
    MoveFile = "move_file",
    MoveFolder = "move_folder",
    RemoveWatermarkFile = "remove_watermark_file",
    RenameFolder = "rename_folder",
    RestoreFolder = "restore_folder",
    ShareFile = "share_file",
    ShareFolder = "share_folder",
    UnlockFile = "unlock_file",
    UploadFile = "upload_file",
    WaitForTask = "wait_for_task",
    WatermarkFile = "watermark_file",
    GoBackToStep = "go_back_to_step",
    ApplyFileClassification = "apply_file_classification",
    ApplyFolderClassification = "apply_folder_classification",
    SendNotification = "send_notification"
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`WorkflowMiniTypeField`] and the types nested in it, from `#/components/schemas/Workflow--Mini/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The value will always be `workflow`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowMiniTypeField {
    /// `workflow`
    Workflow,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WorkflowMiniTypeField, Unknown, Workflow = "workflow");

/// Workflow (Mini)
///
/// Box Relay Workflows are objects that represent a named collection of flows.
///
/// You application must be authorized to use the `Manage Box Relay` application
/// scope within the developer console in order to use this resource.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkflowMini {
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
}

serialize_struct!(
    runtime,
    WorkflowMini {
        id: optional("id"),
        r#type: optional("type"),
        name: optional("name"),
        description: optional("description"),
        is_enabled: optional("is_enabled")
    }
);

deserialize_struct!(
    runtime,
    WorkflowMini {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::WorkflowMiniTypeField>>("type"),
        name: optional::<Option<String>>("name"),
        description: optional::<Option<String>>("description"),
        is_enabled: optional::<Option<bool>>("is_enabled")
    }
);

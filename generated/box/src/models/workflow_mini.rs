// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`WorkflowMiniTypeField`] and the types nested in it, from `#/components/schemas/Workflow--Mini/properties/type`.

/// The value will always be `workflow`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkflowMiniTypeField {
    /// `workflow`
    Workflow,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WorkflowMiniTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Workflow => "workflow",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WorkflowMiniTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "workflow" => Self::Workflow,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WorkflowMiniTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WorkflowMiniTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WorkflowMiniTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Workflow (Mini)
///
/// Box Relay Workflows are objects that represent a named collection of flows.
///
/// You application must be authorized to use the `Manage Box Relay` application
/// scope within the developer console in order to use this resource.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowMini {
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
}

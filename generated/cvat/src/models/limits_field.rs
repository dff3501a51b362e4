// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LimitsField`] and the types nested in it, from `#/components/schemas/LimitsField`.

/// The serializer validates limits field names and their value types.
/// Null allowed in order to indicate unlimited value.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct LimitsField {
    /// The `tasks` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/tasks`).
    pub tasks: Option<i64>,
    /// The `projects` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/projects`).
    pub projects: Option<i64>,
    /// The `cloud_storages` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/cloud_storages`).
    pub cloud_storages: Option<i64>,
    /// The `automatic_annotation` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/automatic_annotation`).
    pub automatic_annotation: Option<bool>,
    /// The `job_export_dataset` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/job_export_dataset`).
    pub job_export_dataset: Option<bool>,
    /// The `task_export_dataset` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/task_export_dataset`).
    pub task_export_dataset: Option<bool>,
    /// The `project_export_dataset` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/project_export_dataset`).
    pub project_export_dataset: Option<bool>,
    /// The `analytics_reports_calculation` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/analytics_reports_calculation`).
    pub analytics_reports_calculation: Option<bool>,
    /// The `external_ai_agents` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/external_ai_agents`).
    pub external_ai_agents: Option<i64>,
    /// The `external_ai_agent_calls` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/external_ai_agent_calls`).
    pub external_ai_agent_calls: Option<i64>,
    /// The `internal_ai_agent_calls` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/internal_ai_agent_calls`).
    pub internal_ai_agent_calls: Option<i64>,
    /// The `internal_storage_bytes` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/internal_storage_bytes`).
    pub internal_storage_bytes: Option<i64>,
    /// The `webhooks` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/webhooks`).
    pub webhooks: Option<i64>,
    /// The `memberships` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/memberships`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memberships: Option<i64>,
    /// The `organizations` property, which the spec does not describe (`#/components/schemas/LimitsField/properties/organizations`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organizations: Option<i64>,
}

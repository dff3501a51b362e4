// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LimitsFieldRequest`] and the types nested in it, from `#/components/schemas/LimitsFieldRequest`.

/// The serializer validates limits field names and their value types.
/// Null allowed in order to indicate unlimited value.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct LimitsFieldRequest {
    /// The `tasks` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/tasks`).
    pub tasks: Option<i64>,
    /// The `projects` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/projects`).
    pub projects: Option<i64>,
    /// The `cloud_storages` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/cloud_storages`).
    pub cloud_storages: Option<i64>,
    /// The `automatic_annotation` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/automatic_annotation`).
    pub automatic_annotation: Option<bool>,
    /// The `job_export_dataset` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/job_export_dataset`).
    pub job_export_dataset: Option<bool>,
    /// The `task_export_dataset` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/task_export_dataset`).
    pub task_export_dataset: Option<bool>,
    /// The `project_export_dataset` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/project_export_dataset`).
    pub project_export_dataset: Option<bool>,
    /// The `analytics_reports_calculation` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/analytics_reports_calculation`).
    pub analytics_reports_calculation: Option<bool>,
    /// The `external_ai_agents` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/external_ai_agents`).
    pub external_ai_agents: Option<i64>,
    /// The `external_ai_agent_calls` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/external_ai_agent_calls`).
    pub external_ai_agent_calls: Option<i64>,
    /// The `internal_ai_agent_calls` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/internal_ai_agent_calls`).
    pub internal_ai_agent_calls: Option<i64>,
    /// The `internal_storage_bytes` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/internal_storage_bytes`).
    pub internal_storage_bytes: Option<i64>,
    /// The `webhooks` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/webhooks`).
    pub webhooks: Option<i64>,
    /// The `memberships` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/memberships`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub memberships: Option<Option<i64>>,
    /// The `organizations` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/organizations`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub organizations: Option<Option<i64>>,
}

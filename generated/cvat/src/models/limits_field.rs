// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LimitsField`] and the types nested in it, from `#/components/schemas/LimitsField`.

/// The serializer validates limits field names and their value types.
/// Null allowed in order to indicate unlimited value.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct LimitsField {
    pub tasks: Option<i64>,
    pub projects: Option<i64>,
    pub cloud_storages: Option<i64>,
    pub automatic_annotation: Option<bool>,
    pub job_export_dataset: Option<bool>,
    pub task_export_dataset: Option<bool>,
    pub project_export_dataset: Option<bool>,
    pub analytics_reports_calculation: Option<bool>,
    pub external_ai_agents: Option<i64>,
    pub external_ai_agent_calls: Option<i64>,
    pub internal_ai_agent_calls: Option<i64>,
    pub internal_storage_bytes: Option<i64>,
    pub webhooks: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memberships: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organizations: Option<i64>,
}

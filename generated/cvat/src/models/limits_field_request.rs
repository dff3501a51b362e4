// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LimitsFieldRequest`] and the types nested in it, from `#/components/schemas/LimitsFieldRequest`.

use crate::runtime::{self, serialize_struct};

/// The serializer validates limits field names and their value types.
/// Null allowed in order to indicate unlimited value.
#[derive(Clone, Debug, PartialEq)]
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
    pub memberships: Option<Option<i64>>,
    /// The `organizations` property, which the spec does not describe (`#/components/schemas/LimitsFieldRequest/properties/organizations`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub organizations: Option<Option<i64>>,
}

serialize_struct!(
    runtime,
    LimitsFieldRequest {
        tasks: required("tasks"),
        projects: required("projects"),
        cloud_storages: required("cloud_storages"),
        automatic_annotation: required("automatic_annotation"),
        job_export_dataset: required("job_export_dataset"),
        task_export_dataset: required("task_export_dataset"),
        project_export_dataset: required("project_export_dataset"),
        analytics_reports_calculation: required("analytics_reports_calculation"),
        external_ai_agents: required("external_ai_agents"),
        external_ai_agent_calls: required("external_ai_agent_calls"),
        internal_ai_agent_calls: required("internal_ai_agent_calls"),
        internal_storage_bytes: required("internal_storage_bytes"),
        webhooks: required("webhooks"),
        memberships: nullable("memberships"),
        organizations: nullable("organizations")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LimitsFieldRequest {
        tasks: optional::<Option<i64>>("tasks"),
        projects: optional::<Option<i64>>("projects"),
        cloud_storages: optional::<Option<i64>>("cloud_storages"),
        automatic_annotation: optional::<Option<bool>>("automatic_annotation"),
        job_export_dataset: optional::<Option<bool>>("job_export_dataset"),
        task_export_dataset: optional::<Option<bool>>("task_export_dataset"),
        project_export_dataset: optional::<Option<bool>>("project_export_dataset"),
        analytics_reports_calculation: optional::<Option<bool>>("analytics_reports_calculation"),
        external_ai_agents: optional::<Option<i64>>("external_ai_agents"),
        external_ai_agent_calls: optional::<Option<i64>>("external_ai_agent_calls"),
        internal_ai_agent_calls: optional::<Option<i64>>("internal_ai_agent_calls"),
        internal_storage_bytes: optional::<Option<i64>>("internal_storage_bytes"),
        webhooks: optional::<Option<i64>>("webhooks"),
        memberships: nullable::<Option<i64>>("memberships"),
        organizations: nullable::<Option<i64>>("organizations")
    }
);

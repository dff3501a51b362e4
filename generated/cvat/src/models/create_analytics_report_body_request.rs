// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CreateAnalyticsReportBodyRequest`] and the types nested in it, from `#/components/schemas/CreateAnalyticsReportBodyRequest`.

use crate::runtime::{self, serialize_struct};

/// The `CreateAnalyticsReportBodyRequest` schema, which the spec does not describe (`#/components/schemas/CreateAnalyticsReportBodyRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateAnalyticsReportBodyRequest {
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/CreateAnalyticsReportBodyRequest/properties/job_id`).
    pub job_id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/CreateAnalyticsReportBodyRequest/properties/task_id`).
    pub task_id: Option<i64>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/CreateAnalyticsReportBodyRequest/properties/project_id`).
    pub project_id: Option<i64>,
}

serialize_struct!(
    runtime,
    CreateAnalyticsReportBodyRequest {
        job_id: optional("job_id"),
        task_id: optional("task_id"),
        project_id: optional("project_id")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateAnalyticsReportBodyRequest {
        job_id: optional::<Option<i64>>("job_id"),
        task_id: optional::<Option<i64>>("task_id"),
        project_id: optional::<Option<i64>>("project_id")
    }
);

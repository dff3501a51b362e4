// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnalyticsReport`] and the types nested in it, from `#/components/schemas/AnalyticsReport`.

use crate::runtime::{self, deserialize_struct};

/// The `AnalyticsReport` schema, which the spec does not describe (`#/components/schemas/AnalyticsReport`).
#[derive(Clone, Debug, PartialEq)]
pub struct AnalyticsReport {
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/AnalyticsReport/properties/created_date`).
    pub created_date: chrono::DateTime<chrono::Utc>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/AnalyticsReport/properties/updated_date`).
    pub updated_date: chrono::DateTime<chrono::Utc>,
    /// The `target` property, which the spec does not describe (`#/components/schemas/AnalyticsReport/properties/target`).
    pub target: super::QualityReportTarget,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/AnalyticsReport/properties/job_id`).
    pub job_id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/AnalyticsReport/properties/task_id`).
    pub task_id: Option<i64>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/AnalyticsReport/properties/project_id`).
    pub project_id: Option<i64>,
    /// The `statistics` property, which the spec does not describe (`#/components/schemas/AnalyticsReport/properties/statistics`).
    pub statistics: Option<Vec<serde_json::Value>>,
    /// The `events` property, which the spec does not describe (`#/components/schemas/AnalyticsReport/properties/events`).
    pub events: Vec<super::ReportEvent>,
    /// The `annotations` property, which the spec does not describe (`#/components/schemas/AnalyticsReport/properties/annotations`).
    pub annotations: Vec<super::AnnotationsStatistics>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AnalyticsReport {
        created_date: required("created_date"),
        updated_date: required("updated_date"),
        target: required("target"),
        job_id: optional("job_id"),
        task_id: optional("task_id"),
        project_id: optional("project_id"),
        statistics: optional("statistics"),
        events: required("events"),
        annotations: required("annotations")
    }
);

deserialize_struct!(
    runtime,
    AnalyticsReport {
        created_date: required::<chrono::DateTime<chrono::Utc>>("created_date"),
        updated_date: required::<chrono::DateTime<chrono::Utc>>("updated_date"),
        target: required::<super::QualityReportTarget>("target"),
        job_id: optional::<Option<i64>>("job_id"),
        task_id: optional::<Option<i64>>("task_id"),
        project_id: optional::<Option<i64>>("project_id"),
        statistics: optional::<Option<Vec<serde_json::Value>>>("statistics"),
        events: required::<Vec<super::ReportEvent>>("events"),
        annotations: required::<Vec<super::AnnotationsStatistics>>("annotations")
    }
);

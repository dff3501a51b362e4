// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityReport`] and the types nested in it, from `#/components/schemas/QualityReport`.

use crate::runtime::{self, deserialize_struct};

/// The `QualityReport` schema, which the spec does not describe (`#/components/schemas/QualityReport`).
#[derive(Clone, Debug, PartialEq)]
pub struct QualityReport {
    /// The `id` property, which the spec does not describe (`#/components/schemas/QualityReport/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/QualityReport/properties/job_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub job_id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/QualityReport/properties/task_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub task_id: Option<i64>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/QualityReport/properties/project_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub project_id: Option<i64>,
    /// The `parent_id` property, which the spec does not describe (`#/components/schemas/QualityReport/properties/parent_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub parent_id: Option<i64>,
    /// The `target` property, which the spec does not describe (`#/components/schemas/QualityReport/properties/target`).
    pub target: super::QualityReportTarget,
    /// The `summary` property, which the spec does not describe (`#/components/schemas/QualityReport/properties/summary`).
    pub summary: super::QualityReportSummary,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/QualityReport/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `target_last_updated` property, which the spec does not describe (`#/components/schemas/QualityReport/properties/target_last_updated`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub target_last_updated: Option<chrono::DateTime<chrono::Utc>>,
    /// The `gt_last_updated` property, which the spec does not describe (`#/components/schemas/QualityReport/properties/gt_last_updated`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub gt_last_updated: Option<chrono::DateTime<chrono::Utc>>,
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/QualityReport/properties/assignee`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub assignee: Option<super::BasicUser>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    QualityReport {
        id: optional("id"),
        job_id: optional("job_id"),
        task_id: optional("task_id"),
        project_id: optional("project_id"),
        parent_id: optional("parent_id"),
        target: required("target"),
        summary: required("summary"),
        created_date: optional("created_date"),
        target_last_updated: optional("target_last_updated"),
        gt_last_updated: optional("gt_last_updated"),
        assignee: optional("assignee")
    }
);

deserialize_struct!(
    runtime,
    QualityReport {
        id: optional::<Option<i64>>("id"),
        job_id: optional::<Option<i64>>("job_id"),
        task_id: optional::<Option<i64>>("task_id"),
        project_id: optional::<Option<i64>>("project_id"),
        parent_id: optional::<Option<i64>>("parent_id"),
        target: required::<super::QualityReportTarget>("target"),
        summary: required::<super::QualityReportSummary>("summary"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        target_last_updated: optional::<Option<chrono::DateTime<chrono::Utc>>>("target_last_updated"),
        gt_last_updated: optional::<Option<chrono::DateTime<chrono::Utc>>>("gt_last_updated"),
        assignee: optional::<Option<super::BasicUser>>("assignee")
    }
);

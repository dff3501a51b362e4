// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityReportCreateRequest`] and the types nested in it, from `#/components/schemas/QualityReportCreateRequest`.

use crate::runtime::{self, serialize_struct};

/// The `QualityReportCreateRequest` schema, which the spec does not describe (`#/components/schemas/QualityReportCreateRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QualityReportCreateRequest {
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/QualityReportCreateRequest/properties/task_id`).
    ///
    /// Write-only: sent, never returned.
    pub task_id: Option<i64>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/QualityReportCreateRequest/properties/project_id`).
    ///
    /// Write-only: sent, never returned.
    pub project_id: Option<i64>,
}

serialize_struct!(
    runtime,
    QualityReportCreateRequest { task_id: optional("task_id"), project_id: optional("project_id") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    QualityReportCreateRequest {
        task_id: optional::<Option<i64>>("task_id"),
        project_id: optional::<Option<i64>>("project_id")
    }
);

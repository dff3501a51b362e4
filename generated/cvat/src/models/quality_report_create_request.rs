// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityReportCreateRequest`] and the types nested in it, from `#/components/schemas/QualityReportCreateRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct QualityReportCreateRequest {
    /// Write-only: sent, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    /// Write-only: sent, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
}

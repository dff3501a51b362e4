// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnalyticsReport`] and the types nested in it, from `#/components/schemas/AnalyticsReport`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AnalyticsReport {
    pub created_date: chrono::DateTime<chrono::Utc>,
    pub updated_date: chrono::DateTime<chrono::Utc>,
    pub target: super::QualityReportTarget,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<Vec<serde_json::Value>>,
    pub events: Vec<super::ReportEvent>,
    pub annotations: Vec<super::AnnotationsStatistics>,
}

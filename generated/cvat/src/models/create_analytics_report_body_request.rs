// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CreateAnalyticsReportBodyRequest`] and the types nested in it, from `#/components/schemas/CreateAnalyticsReportBodyRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct CreateAnalyticsReportBodyRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
}

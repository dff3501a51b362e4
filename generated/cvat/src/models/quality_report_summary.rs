// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityReportSummary`] and the types nested in it, from `#/components/schemas/QualityReportSummary`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct QualityReportSummary {
    pub total_frames: i64,
    /// Deprecated. Use 'validation_frames' instead
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_count: Option<i64>,
    pub validation_frames: i64,
    /// Deprecated. Use 'validation_frame_share' instead
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_share: Option<f64>,
    pub validation_frame_share: f64,
    pub conflict_count: i64,
    pub warning_count: i64,
    pub error_count: i64,
    pub conflicts_by_type: std::collections::BTreeMap<String, i64>,
    pub valid_count: i64,
    pub ds_count: i64,
    pub gt_count: i64,
    pub total_count: i64,
    pub accuracy: f64,
    pub precision: f64,
    pub recall: f64,
    /// Included only in project reports
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<super::QualityReportTasksSummary>,
    /// Included only in task and project reports
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jobs: Option<super::QualityReportJobsSummary>,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityReportSummary`] and the types nested in it, from `#/components/schemas/QualityReportSummary`.

use crate::runtime::{self, deserialize_struct};

/// The `QualityReportSummary` schema, which the spec does not describe (`#/components/schemas/QualityReportSummary`).
#[derive(Clone, Debug, PartialEq)]
pub struct QualityReportSummary {
    /// The `total_frames` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/total_frames`).
    pub total_frames: i64,
    /// Deprecated. Use 'validation_frames' instead
    pub frame_count: Option<i64>,
    /// The `validation_frames` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/validation_frames`).
    pub validation_frames: i64,
    /// Deprecated. Use 'validation_frame_share' instead
    pub frame_share: Option<f64>,
    /// The `validation_frame_share` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/validation_frame_share`).
    pub validation_frame_share: f64,
    /// The `conflict_count` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/conflict_count`).
    pub conflict_count: i64,
    /// The `warning_count` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/warning_count`).
    pub warning_count: i64,
    /// The `error_count` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/error_count`).
    pub error_count: i64,
    /// The `conflicts_by_type` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/conflicts_by_type`).
    pub conflicts_by_type: std::collections::BTreeMap<String, i64>,
    /// The `valid_count` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/valid_count`).
    pub valid_count: i64,
    /// The `ds_count` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/ds_count`).
    pub ds_count: i64,
    /// The `gt_count` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/gt_count`).
    pub gt_count: i64,
    /// The `total_count` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/total_count`).
    pub total_count: i64,
    /// The `accuracy` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/accuracy`).
    pub accuracy: f64,
    /// The `precision` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/precision`).
    pub precision: f64,
    /// The `recall` property, which the spec does not describe (`#/components/schemas/QualityReportSummary/properties/recall`).
    pub recall: f64,
    /// Included only in project reports
    pub tasks: Option<super::QualityReportTasksSummary>,
    /// Included only in task and project reports
    pub jobs: Option<super::QualityReportJobsSummary>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    QualityReportSummary {
        total_frames: required("total_frames"),
        frame_count: optional("frame_count"),
        validation_frames: required("validation_frames"),
        frame_share: optional("frame_share"),
        validation_frame_share: required("validation_frame_share"),
        conflict_count: required("conflict_count"),
        warning_count: required("warning_count"),
        error_count: required("error_count"),
        conflicts_by_type: required("conflicts_by_type"),
        valid_count: required("valid_count"),
        ds_count: required("ds_count"),
        gt_count: required("gt_count"),
        total_count: required("total_count"),
        accuracy: required("accuracy"),
        precision: required("precision"),
        recall: required("recall"),
        tasks: optional("tasks"),
        jobs: optional("jobs")
    }
);

deserialize_struct!(
    runtime,
    QualityReportSummary {
        total_frames: required::<i64>("total_frames"),
        frame_count: optional::<Option<i64>>("frame_count"),
        validation_frames: required::<i64>("validation_frames"),
        frame_share: optional::<Option<f64>>("frame_share"),
        validation_frame_share: required::<f64>("validation_frame_share"),
        conflict_count: required::<i64>("conflict_count"),
        warning_count: required::<i64>("warning_count"),
        error_count: required::<i64>("error_count"),
        conflicts_by_type: required::<std::collections::BTreeMap<String, i64>>("conflicts_by_type"),
        valid_count: required::<i64>("valid_count"),
        ds_count: required::<i64>("ds_count"),
        gt_count: required::<i64>("gt_count"),
        total_count: required::<i64>("total_count"),
        accuracy: required::<f64>("accuracy"),
        precision: required::<f64>("precision"),
        recall: required::<f64>("recall"),
        tasks: optional::<Option<super::QualityReportTasksSummary>>("tasks"),
        jobs: optional::<Option<super::QualityReportJobsSummary>>("jobs")
    }
);

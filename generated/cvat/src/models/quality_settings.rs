// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualitySettings`] and the types nested in it, from `#/components/schemas/QualitySettings`.

use crate::runtime::{self, deserialize_struct};

/// The `QualitySettings` schema, which the spec does not describe (`#/components/schemas/QualitySettings`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QualitySettings {
    /// The `id` property, which the spec does not describe (`#/components/schemas/QualitySettings/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/QualitySettings/properties/task_id`).
    pub task_id: Option<i64>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/QualitySettings/properties/project_id`).
    pub project_id: Option<i64>,
    /// A JSON-based logic expression used to filter jobs for quality validation.
    /// The filter supports various terms to specify conditions on job: \['assignee', 'id', 'stage', 'state', 'task_id', 'task_name', 'type'\]
    pub job_filter: Option<String>,
    /// Allow using project settings when computing task quality.
    /// Only applicable to task quality settings inside projects
    pub inherit: Option<bool>,
    /// The primary metric used for quality estimation
    ///
    /// * `accuracy` - ACCURACY
    /// * `precision` - PRECISION
    /// * `recall` - RECALL
    pub target_metric: Option<super::QualityTargetMetric>,
    /// Defines the minimal quality requirements in terms of the selected target metric.
    pub target_metric_threshold: Option<f64>,
    /// The maximum number of job validation attempts for the job assignee.
    /// The job can be automatically accepted if the job quality is above the required
    /// threshold, defined by the target threshold parameter.
    pub max_validations_per_job: Option<i64>,
    /// Used for distinction between matched / unmatched shapes
    pub iou_threshold: Option<f64>,
    /// Like IoU threshold, but for points.
    /// The percent of the bbox side, used as the radius of the circle around the GT point,
    /// where the checked point is expected to be. For boxes with different width and
    /// height, the "side" is computed as a geometric mean of the width and height.
    /// Read more: <https://cocodataset.org/#keypoints-eval>
    pub oks_sigma: Option<f64>,
    /// When comparing point annotations (including both separate points and point groups),
    /// the OKS sigma parameter defines matching area for each GT point based to the
    /// object size. The point size base parameter allows to configure how to determine
    /// the object size.
    /// If image_size, the image size is used. Useful if each point
    /// annotation represents a separate object or boxes grouped with points do not
    /// represent object boundaries.
    /// If group_bbox_size, the object size is based on
    /// the point group bbox size. Useful if each point group represents an object
    /// or there is a bbox grouped with points, representing the object size.
    ///
    ///
    /// * `image_size` - IMAGE_SIZE
    /// * `group_bbox_size` - GROUP_BBOX_SIZE
    pub point_size_base: Option<super::QualityPointSizeBase>,
    /// Thickness of polylines, relatively to the (image area) ^ 0.5.
    /// The distance to the boundary around the GT line,
    /// inside of which the checked line points should be
    pub line_thickness: Option<f64>,
    /// Used for distinction between strong / weak (low_overlap) matches
    pub low_overlap_threshold: Option<f64>,
    /// Enables or disables polyline orientation comparison
    pub compare_line_orientation: Option<bool>,
    /// The minimal gain in the GT IoU between the given and reversed line directions
    /// to consider the line inverted.
    /// Only used when the 'compare_line_orientation' parameter is true
    pub line_orientation_threshold: Option<f64>,
    /// Enables or disables annotation group checks
    pub compare_groups: Option<bool>,
    /// Minimal IoU for groups to be considered matching.
    /// Only used when the 'compare_groups' parameter is true
    pub group_match_threshold: Option<f64>,
    /// Check for partially-covered annotations, useful in segmentation tasks
    pub check_covered_annotations: Option<bool>,
    /// Minimal visible area percent of the spatial annotations (polygons, masks)
    /// for reporting covered annotations.
    /// Only used when the 'object_visibility_threshold' parameter is true
    pub object_visibility_threshold: Option<f64>,
    /// Use only the visible part of the masks and polygons in comparisons
    pub panoptic_comparison: Option<bool>,
    /// Enables or disables annotation attribute comparison
    pub compare_attributes: Option<bool>,
    /// Consider empty frames annotated as "empty". This affects target metrics like
    /// accuracy in cases there are no annotations. If disabled, frames without annotations
    /// are counted as not matching (accuracy is 0). If enabled, accuracy will be 1 instead.
    /// This will also add virtual annotations to empty frames in the comparison results.
    pub empty_is_annotated: Option<bool>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/QualitySettings/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/QualitySettings/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    QualitySettings {
        id: optional("id"),
        task_id: optional("task_id"),
        project_id: optional("project_id"),
        job_filter: optional("job_filter"),
        inherit: optional("inherit"),
        target_metric: optional("target_metric"),
        target_metric_threshold: optional("target_metric_threshold"),
        max_validations_per_job: optional("max_validations_per_job"),
        iou_threshold: optional("iou_threshold"),
        oks_sigma: optional("oks_sigma"),
        point_size_base: optional("point_size_base"),
        line_thickness: optional("line_thickness"),
        low_overlap_threshold: optional("low_overlap_threshold"),
        compare_line_orientation: optional("compare_line_orientation"),
        line_orientation_threshold: optional("line_orientation_threshold"),
        compare_groups: optional("compare_groups"),
        group_match_threshold: optional("group_match_threshold"),
        check_covered_annotations: optional("check_covered_annotations"),
        object_visibility_threshold: optional("object_visibility_threshold"),
        panoptic_comparison: optional("panoptic_comparison"),
        compare_attributes: optional("compare_attributes"),
        empty_is_annotated: optional("empty_is_annotated"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date")
    }
);

deserialize_struct!(
    runtime,
    QualitySettings {
        id: optional::<Option<i64>>("id"),
        task_id: optional::<Option<i64>>("task_id"),
        project_id: optional::<Option<i64>>("project_id"),
        job_filter: optional::<Option<String>>("job_filter"),
        inherit: optional::<Option<bool>>("inherit"),
        target_metric: optional::<Option<super::QualityTargetMetric>>("target_metric"),
        target_metric_threshold: optional::<Option<f64>>("target_metric_threshold"),
        max_validations_per_job: optional::<Option<i64>>("max_validations_per_job"),
        iou_threshold: optional::<Option<f64>>("iou_threshold"),
        oks_sigma: optional::<Option<f64>>("oks_sigma"),
        point_size_base: optional::<Option<super::QualityPointSizeBase>>("point_size_base"),
        line_thickness: optional::<Option<f64>>("line_thickness"),
        low_overlap_threshold: optional::<Option<f64>>("low_overlap_threshold"),
        compare_line_orientation: optional::<Option<bool>>("compare_line_orientation"),
        line_orientation_threshold: optional::<Option<f64>>("line_orientation_threshold"),
        compare_groups: optional::<Option<bool>>("compare_groups"),
        group_match_threshold: optional::<Option<f64>>("group_match_threshold"),
        check_covered_annotations: optional::<Option<bool>>("check_covered_annotations"),
        object_visibility_threshold: optional::<Option<f64>>("object_visibility_threshold"),
        panoptic_comparison: optional::<Option<bool>>("panoptic_comparison"),
        compare_attributes: optional::<Option<bool>>("compare_attributes"),
        empty_is_annotated: optional::<Option<bool>>("empty_is_annotated"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date")
    }
);

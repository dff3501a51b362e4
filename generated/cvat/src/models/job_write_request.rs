// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobWriteRequest`] and the types nested in it, from `#/components/schemas/JobWriteRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct JobWriteRequest {
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub assignee: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<super::JobStage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<super::OperationStatus>,
    pub r#type: super::JobType,
    pub task_id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_selection_method: Option<super::FrameSelectionMethod>,
    /// The number of frames included in the GT job.
    /// Applicable only to the "random_uniform" frame selection method
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_count: Option<i64>,
    /// The share of frames included in the GT job.
    /// Applicable only to the "random_uniform" frame selection method
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_share: Option<f64>,
    /// The number of frames included in the GT job from each annotation job.
    /// Applicable only to the "random_per_job" frame selection method
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frames_per_job_count: Option<i64>,
    /// The share of frames included in the GT job from each annotation job.
    /// Applicable only to the "random_per_job" frame selection method
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frames_per_job_share: Option<f64>,
    /// The seed value for the random number generator.
    /// The same value will produce the same frame sets.
    /// Applicable only to random frame selection methods.
    /// By default, a random value is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub random_seed: Option<i64>,
    /// The list of frame ids. Applicable only to the "manual" frame selection method
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frames: Option<Vec<i64>>,
}

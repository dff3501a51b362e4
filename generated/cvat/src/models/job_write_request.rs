// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobWriteRequest`] and the types nested in it, from `#/components/schemas/JobWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `JobWriteRequest` schema, which the spec does not describe (`#/components/schemas/JobWriteRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct JobWriteRequest {
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/JobWriteRequest/properties/assignee`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub assignee: Option<Option<i64>>,
    /// The `stage` property, which the spec does not describe (`#/components/schemas/JobWriteRequest/properties/stage`).
    pub stage: Option<super::JobStage>,
    /// The `state` property, which the spec does not describe (`#/components/schemas/JobWriteRequest/properties/state`).
    pub state: Option<super::OperationStatus>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/JobWriteRequest/properties/type`).
    pub r#type: super::JobType,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/JobWriteRequest/properties/task_id`).
    pub task_id: i64,
    /// The `frame_selection_method` property, which the spec does not describe (`#/components/schemas/JobWriteRequest/properties/frame_selection_method`).
    pub frame_selection_method: Option<super::FrameSelectionMethod>,
    /// The number of frames included in the GT job.
    /// Applicable only to the "random_uniform" frame selection method
    pub frame_count: Option<i64>,
    /// The share of frames included in the GT job.
    /// Applicable only to the "random_uniform" frame selection method
    pub frame_share: Option<f64>,
    /// The number of frames included in the GT job from each annotation job.
    /// Applicable only to the "random_per_job" frame selection method
    pub frames_per_job_count: Option<i64>,
    /// The share of frames included in the GT job from each annotation job.
    /// Applicable only to the "random_per_job" frame selection method
    pub frames_per_job_share: Option<f64>,
    /// The seed value for the random number generator.
    /// The same value will produce the same frame sets.
    /// Applicable only to random frame selection methods.
    /// By default, a random value is used.
    pub random_seed: Option<i64>,
    /// The list of frame ids. Applicable only to the "manual" frame selection method
    pub frames: Option<Vec<i64>>,
}

serialize_struct!(
    runtime,
    JobWriteRequest {
        assignee: nullable("assignee"),
        stage: optional("stage"),
        state: optional("state"),
        r#type: required("type"),
        task_id: required("task_id"),
        frame_selection_method: optional("frame_selection_method"),
        frame_count: optional("frame_count"),
        frame_share: optional("frame_share"),
        frames_per_job_count: optional("frames_per_job_count"),
        frames_per_job_share: optional("frames_per_job_share"),
        random_seed: optional("random_seed"),
        frames: optional("frames")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    JobWriteRequest {
        assignee: nullable::<Option<i64>>("assignee"),
        stage: optional::<Option<super::JobStage>>("stage"),
        state: optional::<Option<super::OperationStatus>>("state"),
        r#type: required::<super::JobType>("type"),
        task_id: required::<i64>("task_id"),
        frame_selection_method: optional::<Option<super::FrameSelectionMethod>>("frame_selection_method"),
        frame_count: optional::<Option<i64>>("frame_count"),
        frame_share: optional::<Option<f64>>("frame_share"),
        frames_per_job_count: optional::<Option<i64>>("frames_per_job_count"),
        frames_per_job_share: optional::<Option<f64>>("frames_per_job_share"),
        random_seed: optional::<Option<i64>>("random_seed"),
        frames: optional::<Option<Vec<i64>>>("frames")
    }
);

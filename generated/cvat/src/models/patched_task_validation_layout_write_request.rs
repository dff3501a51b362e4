// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedTaskValidationLayoutWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedTaskValidationLayoutWriteRequest`.

/// The `PatchedTaskValidationLayoutWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedTaskValidationLayoutWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedTaskValidationLayoutWriteRequest {
    /// The list of frame ids to be excluded from validation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled_frames: Option<Vec<i64>>,
    /// The method to use for frame selection of new real frames for honeypots in the task
    ///
    ///
    /// * `random_uniform` - RANDOM_UNIFORM
    /// * `random_per_job` - RANDOM_PER_JOB
    /// * `manual` - MANUAL
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame_selection_method: Option<super::FrameSelectionMethod>,
    /// The list of frame ids. Applicable only to the "manual" frame selection method
    #[serde(skip_serializing_if = "Option::is_none")]
    pub honeypot_real_frames: Option<Vec<i64>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedTaskValidationLayoutWriteRequest {
        disabled_frames: optional::<Option<Vec<i64>>>("disabled_frames"),
        frame_selection_method: optional::<Option<super::FrameSelectionMethod>>("frame_selection_method"),
        honeypot_real_frames: optional::<Option<Vec<i64>>>("honeypot_real_frames")
    }
);

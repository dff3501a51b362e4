// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedJobValidationLayoutWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedJobValidationLayoutWriteRequest`.

/// The `PatchedJobValidationLayoutWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedJobValidationLayoutWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedJobValidationLayoutWriteRequest {
    /// The method to use for frame selection of new real frames for honeypots in the job
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
    PatchedJobValidationLayoutWriteRequest {
        frame_selection_method: optional::<Option<super::FrameSelectionMethod>>("frame_selection_method"),
        honeypot_real_frames: optional::<Option<Vec<i64>>>("honeypot_real_frames")
    }
);

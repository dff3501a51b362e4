// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedTaskValidationLayoutWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedTaskValidationLayoutWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedTaskValidationLayoutWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedTaskValidationLayoutWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedTaskValidationLayoutWriteRequest {
    /// The list of frame ids to be excluded from validation
    pub disabled_frames: Option<Vec<i64>>,
    /// The method to use for frame selection of new real frames for honeypots in the task
    ///
    ///
    /// * `random_uniform` - RANDOM_UNIFORM
    /// * `random_per_job` - RANDOM_PER_JOB
    /// * `manual` - MANUAL
    pub frame_selection_method: Option<super::FrameSelectionMethod>,
    /// The list of frame ids. Applicable only to the "manual" frame selection method
    pub honeypot_real_frames: Option<Vec<i64>>,
}

serialize_struct!(
    runtime,
    PatchedTaskValidationLayoutWriteRequest {
        disabled_frames: optional("disabled_frames"),
        frame_selection_method: optional("frame_selection_method"),
        honeypot_real_frames: optional("honeypot_real_frames")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedTaskValidationLayoutWriteRequest {
        disabled_frames: optional::<Option<Vec<i64>>>("disabled_frames"),
        frame_selection_method: optional::<Option<super::FrameSelectionMethod>>("frame_selection_method"),
        honeypot_real_frames: optional::<Option<Vec<i64>>>("honeypot_real_frames")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedJobValidationLayoutWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedJobValidationLayoutWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedJobValidationLayoutWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedJobValidationLayoutWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedJobValidationLayoutWriteRequest {
    /// The method to use for frame selection of new real frames for honeypots in the job
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
    PatchedJobValidationLayoutWriteRequest {
        frame_selection_method: optional("frame_selection_method"),
        honeypot_real_frames: optional("honeypot_real_frames")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedJobValidationLayoutWriteRequest {
        frame_selection_method: optional::<Option<super::FrameSelectionMethod>>("frame_selection_method"),
        honeypot_real_frames: optional::<Option<Vec<i64>>>("honeypot_real_frames")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ValidationParamsRequest`] and the types nested in it, from `#/components/schemas/ValidationParamsRequest`.

use crate::runtime::{self, serialize_struct};

/// The `ValidationParamsRequest` schema, which the spec does not describe (`#/components/schemas/ValidationParamsRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationParamsRequest {
    /// The `mode` property, which the spec does not describe (`#/components/schemas/ValidationParamsRequest/properties/mode`).
    pub mode: super::ValidationMode,
    /// The `frame_selection_method` property, which the spec does not describe (`#/components/schemas/ValidationParamsRequest/properties/frame_selection_method`).
    pub frame_selection_method: Option<super::FrameSelectionMethod>,
    /// The seed value for the random number generator.
    /// The same value will produce the same frame sets.
    /// Applicable only to random frame selection methods.
    /// By default, a random value is used.
    pub random_seed: Option<i64>,
    /// The list of file names to be included in the validation set.
    /// Applicable only to the "manual" frame selection method.
    /// Can only be used for images.
    ///
    /// Write-only: sent, never returned.
    pub frames: Option<Vec<String>>,
    /// The number of frames to be included in the validation set.
    /// Applicable only to the "random_uniform" frame selection method
    pub frame_count: Option<i64>,
    /// The share of frames to be included in the validation set.
    /// Applicable only to the "random_uniform" frame selection method
    pub frame_share: Option<f64>,
    /// The number of frames to be included in the validation set from each annotation job.
    /// Applicable only to the "random_per_job" frame selection method
    pub frames_per_job_count: Option<i64>,
    /// The share of frames to be included in the validation set from each annotation job.
    /// Applicable only to the "random_per_job" frame selection method
    pub frames_per_job_share: Option<f64>,
}

serialize_struct!(
    runtime,
    ValidationParamsRequest {
        mode: required("mode"),
        frame_selection_method: optional("frame_selection_method"),
        random_seed: optional("random_seed"),
        frames: optional("frames"),
        frame_count: optional("frame_count"),
        frame_share: optional("frame_share"),
        frames_per_job_count: optional("frames_per_job_count"),
        frames_per_job_share: optional("frames_per_job_share")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    ValidationParamsRequest {
        mode: required::<super::ValidationMode>("mode"),
        frame_selection_method: optional::<Option<super::FrameSelectionMethod>>("frame_selection_method"),
        random_seed: optional::<Option<i64>>("random_seed"),
        frames: optional::<Option<Vec<String>>>("frames"),
        frame_count: optional::<Option<i64>>("frame_count"),
        frame_share: optional::<Option<f64>>("frame_share"),
        frames_per_job_count: optional::<Option<i64>>("frames_per_job_count"),
        frames_per_job_share: optional::<Option<f64>>("frames_per_job_share")
    }
);

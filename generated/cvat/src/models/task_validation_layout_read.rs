// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TaskValidationLayoutRead`] and the types nested in it, from `#/components/schemas/TaskValidationLayoutRead`.

use crate::runtime::{self, deserialize_struct};

/// The `TaskValidationLayoutRead` schema, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TaskValidationLayoutRead {
    /// The `mode` property, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead/properties/mode`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub mode: Option<super::ValidationMode>,
    /// The `frames_per_job_count` property, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead/properties/frames_per_job_count`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub frames_per_job_count: Option<i64>,
    /// The list of frame ids to be used for validation
    pub validation_frames: Option<Vec<i64>>,
    /// The list of frame ids excluded from validation
    pub disabled_frames: Option<Vec<i64>>,
    /// The `honeypot_count` property, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead/properties/honeypot_count`).
    pub honeypot_count: Option<i64>,
    /// The list of frame ids for all honeypots in the task
    pub honeypot_frames: Option<Vec<i64>>,
    /// The list of real (validation) frame ids for all honeypots in the task
    pub honeypot_real_frames: Option<Vec<i64>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TaskValidationLayoutRead {
        mode: optional("mode"),
        frames_per_job_count: optional("frames_per_job_count"),
        validation_frames: optional("validation_frames"),
        disabled_frames: optional("disabled_frames"),
        honeypot_count: optional("honeypot_count"),
        honeypot_frames: optional("honeypot_frames"),
        honeypot_real_frames: optional("honeypot_real_frames")
    }
);

deserialize_struct!(
    runtime,
    TaskValidationLayoutRead {
        mode: optional::<Option<super::ValidationMode>>("mode"),
        frames_per_job_count: optional::<Option<i64>>("frames_per_job_count"),
        validation_frames: optional::<Option<Vec<i64>>>("validation_frames"),
        disabled_frames: optional::<Option<Vec<i64>>>("disabled_frames"),
        honeypot_count: optional::<Option<i64>>("honeypot_count"),
        honeypot_frames: optional::<Option<Vec<i64>>>("honeypot_frames"),
        honeypot_real_frames: optional::<Option<Vec<i64>>>("honeypot_real_frames")
    }
);

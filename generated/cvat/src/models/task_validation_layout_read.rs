// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TaskValidationLayoutRead`] and the types nested in it, from `#/components/schemas/TaskValidationLayoutRead`.

use crate::runtime::{self, deserialize_struct};

/// The `TaskValidationLayoutRead` schema, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TaskValidationLayoutRead {
    /// The `mode` property, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead/properties/mode`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub mode: Option<super::ValidationMode>,
    /// The `frames_per_job_count` property, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead/properties/frames_per_job_count`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub frames_per_job_count: Option<i64>,
    /// The list of frame ids to be used for validation
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub validation_frames: Option<Vec<i64>>,
    /// The list of frame ids excluded from validation
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub disabled_frames: Option<Vec<i64>>,
    /// The `honeypot_count` property, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead/properties/honeypot_count`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub honeypot_count: Option<i64>,
    /// The list of frame ids for all honeypots in the task
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub honeypot_frames: Option<Vec<i64>>,
    /// The list of real (validation) frame ids for all honeypots in the task
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub honeypot_real_frames: Option<Vec<i64>>,
}

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

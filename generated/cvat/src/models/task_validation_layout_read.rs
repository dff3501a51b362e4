// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TaskValidationLayoutRead`] and the types nested in it, from `#/components/schemas/TaskValidationLayoutRead`.

/// The `TaskValidationLayoutRead` schema, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TaskValidationLayoutRead {
    /// The `mode` property, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead/properties/mode`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<super::ValidationMode>,
    /// The `frames_per_job_count` property, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead/properties/frames_per_job_count`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frames_per_job_count: Option<i64>,
    /// The list of frame ids to be used for validation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_frames: Option<Vec<i64>>,
    /// The list of frame ids excluded from validation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled_frames: Option<Vec<i64>>,
    /// The `honeypot_count` property, which the spec does not describe (`#/components/schemas/TaskValidationLayoutRead/properties/honeypot_count`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honeypot_count: Option<i64>,
    /// The list of frame ids for all honeypots in the task
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honeypot_frames: Option<Vec<i64>>,
    /// The list of real (validation) frame ids for all honeypots in the task
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honeypot_real_frames: Option<Vec<i64>>,
}

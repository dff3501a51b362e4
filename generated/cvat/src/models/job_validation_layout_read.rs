// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobValidationLayoutRead`] and the types nested in it, from `#/components/schemas/JobValidationLayoutRead`.

/// The `JobValidationLayoutRead` schema, which the spec does not describe (`#/components/schemas/JobValidationLayoutRead`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct JobValidationLayoutRead {
    /// The `honeypot_count` property, which the spec does not describe (`#/components/schemas/JobValidationLayoutRead/properties/honeypot_count`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honeypot_count: Option<i64>,
    /// The list of frame ids for honeypots in the job
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honeypot_frames: Option<Vec<i64>>,
    /// The list of real (validation) frame ids for honeypots in the job
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honeypot_real_frames: Option<Vec<i64>>,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobValidationLayoutRead`] and the types nested in it, from `#/components/schemas/JobValidationLayoutRead`.

use crate::runtime::{self, deserialize_struct};

/// The `JobValidationLayoutRead` schema, which the spec does not describe (`#/components/schemas/JobValidationLayoutRead`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct JobValidationLayoutRead {
    /// The `honeypot_count` property, which the spec does not describe (`#/components/schemas/JobValidationLayoutRead/properties/honeypot_count`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub honeypot_count: Option<i64>,
    /// The list of frame ids for honeypots in the job
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub honeypot_frames: Option<Vec<i64>>,
    /// The list of real (validation) frame ids for honeypots in the job
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub honeypot_real_frames: Option<Vec<i64>>,
}

deserialize_struct!(
    runtime,
    JobValidationLayoutRead {
        honeypot_count: optional::<Option<i64>>("honeypot_count"),
        honeypot_frames: optional::<Option<Vec<i64>>>("honeypot_frames"),
        honeypot_real_frames: optional::<Option<Vec<i64>>>("honeypot_real_frames")
    }
);

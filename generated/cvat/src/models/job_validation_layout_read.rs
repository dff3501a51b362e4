// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobValidationLayoutRead`] and the types nested in it, from `#/components/schemas/JobValidationLayoutRead`.

use crate::runtime::{self, deserialize_struct};

/// The `JobValidationLayoutRead` schema, which the spec does not describe (`#/components/schemas/JobValidationLayoutRead`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JobValidationLayoutRead {
    /// The `honeypot_count` property, which the spec does not describe (`#/components/schemas/JobValidationLayoutRead/properties/honeypot_count`).
    pub honeypot_count: Option<i64>,
    /// The list of frame ids for honeypots in the job
    pub honeypot_frames: Option<Vec<i64>>,
    /// The list of real (validation) frame ids for honeypots in the job
    pub honeypot_real_frames: Option<Vec<i64>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    JobValidationLayoutRead {
        honeypot_count: optional("honeypot_count"),
        honeypot_frames: optional("honeypot_frames"),
        honeypot_real_frames: optional("honeypot_real_frames")
    }
);

deserialize_struct!(
    runtime,
    JobValidationLayoutRead {
        honeypot_count: optional::<Option<i64>>("honeypot_count"),
        honeypot_frames: optional::<Option<Vec<i64>>>("honeypot_frames"),
        honeypot_real_frames: optional::<Option<Vec<i64>>>("honeypot_real_frames")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobValidationCreateRequest`] and the types nested in it, from `#/components/schemas/JobValidationCreateRequest`.

use crate::runtime::{self, serialize_struct};

/// The `JobValidationCreateRequest` schema, which the spec does not describe (`#/components/schemas/JobValidationCreateRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct JobValidationCreateRequest {
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/JobValidationCreateRequest/properties/job_id`).
    ///
    /// Write-only: sent, never returned.
    pub job_id: i64,
    /// The `timeout` property, which the spec does not describe (`#/components/schemas/JobValidationCreateRequest/properties/timeout`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub timeout: Option<Option<i64>>,
}

serialize_struct!(runtime, JobValidationCreateRequest { job_id: required("job_id"), timeout: nullable("timeout") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    JobValidationCreateRequest { job_id: required::<i64>("job_id"), timeout: nullable::<Option<i64>>("timeout") }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ConsensusMergeCreateRequest`] and the types nested in it, from `#/components/schemas/ConsensusMergeCreateRequest`.

use crate::runtime::{self, serialize_struct};

/// The `ConsensusMergeCreateRequest` schema, which the spec does not describe (`#/components/schemas/ConsensusMergeCreateRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConsensusMergeCreateRequest {
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/ConsensusMergeCreateRequest/properties/task_id`).
    ///
    /// Write-only: sent, never returned.
    pub task_id: Option<i64>,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/ConsensusMergeCreateRequest/properties/job_id`).
    ///
    /// Write-only: sent, never returned.
    pub job_id: Option<i64>,
}

serialize_struct!(runtime, ConsensusMergeCreateRequest { task_id: optional("task_id"), job_id: optional("job_id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    ConsensusMergeCreateRequest {
        task_id: optional::<Option<i64>>("task_id"),
        job_id: optional::<Option<i64>>("job_id")
    }
);

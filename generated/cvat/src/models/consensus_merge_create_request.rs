// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ConsensusMergeCreateRequest`] and the types nested in it, from `#/components/schemas/ConsensusMergeCreateRequest`.

/// The `ConsensusMergeCreateRequest` schema, which the spec does not describe (`#/components/schemas/ConsensusMergeCreateRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct ConsensusMergeCreateRequest {
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/ConsensusMergeCreateRequest/properties/task_id`).
    ///
    /// Write-only: sent, never returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/ConsensusMergeCreateRequest/properties/job_id`).
    ///
    /// Write-only: sent, never returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_id: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    ConsensusMergeCreateRequest {
        task_id: optional::<Option<i64>>("task_id"),
        job_id: optional::<Option<i64>>("job_id")
    }
);

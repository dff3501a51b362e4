// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestUpdateInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestUpdateInputRequest`.

/// The `QueueRequestUpdateInputRequest` schema, which the spec does not describe (`#/components/schemas/QueueRequestUpdateInputRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct QueueRequestUpdateInputRequest {
    /// The `agent_id` property, which the spec does not describe (`#/components/schemas/QueueRequestUpdateInputRequest/properties/agent_id`).
    pub agent_id: String,
    /// The `progress` property, which the spec does not describe (`#/components/schemas/QueueRequestUpdateInputRequest/properties/progress`).
    pub progress: f64,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestUpdateInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestUpdateInputRequest`.

use crate::runtime::{self, serialize_struct};

/// The `QueueRequestUpdateInputRequest` schema, which the spec does not describe (`#/components/schemas/QueueRequestUpdateInputRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct QueueRequestUpdateInputRequest {
    /// The `agent_id` property, which the spec does not describe (`#/components/schemas/QueueRequestUpdateInputRequest/properties/agent_id`).
    pub agent_id: String,
    /// The `progress` property, which the spec does not describe (`#/components/schemas/QueueRequestUpdateInputRequest/properties/progress`).
    pub progress: f64,
}

serialize_struct!(
    runtime,
    QueueRequestUpdateInputRequest { agent_id: required("agent_id"), progress: required("progress") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    QueueRequestUpdateInputRequest { agent_id: required::<String>("agent_id"), progress: required::<f64>("progress") }
);

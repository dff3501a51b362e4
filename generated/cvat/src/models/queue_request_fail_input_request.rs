// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestFailInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestFailInputRequest`.

use crate::runtime::{self, serialize_struct};

/// The `QueueRequestFailInputRequest` schema, which the spec does not describe (`#/components/schemas/QueueRequestFailInputRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct QueueRequestFailInputRequest {
    /// The `agent_id` property, which the spec does not describe (`#/components/schemas/QueueRequestFailInputRequest/properties/agent_id`).
    pub agent_id: String,
    /// The `exc_info` property, which the spec does not describe (`#/components/schemas/QueueRequestFailInputRequest/properties/exc_info`).
    pub exc_info: Option<String>,
}

serialize_struct!(
    runtime,
    QueueRequestFailInputRequest { agent_id: required("agent_id"), exc_info: optional("exc_info") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    QueueRequestFailInputRequest {
        agent_id: required::<String>("agent_id"),
        exc_info: optional::<Option<String>>("exc_info")
    }
);

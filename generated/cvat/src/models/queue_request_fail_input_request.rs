// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestFailInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestFailInputRequest`.

/// The `QueueRequestFailInputRequest` schema, which the spec does not describe (`#/components/schemas/QueueRequestFailInputRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct QueueRequestFailInputRequest {
    /// The `agent_id` property, which the spec does not describe (`#/components/schemas/QueueRequestFailInputRequest/properties/agent_id`).
    pub agent_id: String,
    /// The `exc_info` property, which the spec does not describe (`#/components/schemas/QueueRequestFailInputRequest/properties/exc_info`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exc_info: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    QueueRequestFailInputRequest {
        agent_id: required::<String>("agent_id"),
        exc_info: optional::<Option<String>>("exc_info")
    }
);

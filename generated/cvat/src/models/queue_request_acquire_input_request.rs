// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestAcquireInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestAcquireInputRequest`.

use crate::runtime::{self, serialize_struct};

/// The `QueueRequestAcquireInputRequest` schema, which the spec does not describe (`#/components/schemas/QueueRequestAcquireInputRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct QueueRequestAcquireInputRequest {
    /// The `agent_id` property, which the spec does not describe (`#/components/schemas/QueueRequestAcquireInputRequest/properties/agent_id`).
    pub agent_id: String,
    /// The `request_category` property, which the spec does not describe (`#/components/schemas/QueueRequestAcquireInputRequest/properties/request_category`).
    pub request_category: super::RequestCategoryEnum,
}

serialize_struct!(
    runtime,
    QueueRequestAcquireInputRequest { agent_id: required("agent_id"), request_category: required("request_category") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    QueueRequestAcquireInputRequest {
        agent_id: required::<String>("agent_id"),
        request_category: required::<super::RequestCategoryEnum>("request_category")
    }
);

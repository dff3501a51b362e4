// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestCompleteInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestCompleteInputRequest`.

use crate::runtime::{self, serialize_struct};

/// The `QueueRequestCompleteInputRequest` schema, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct QueueRequestCompleteInputRequest {
    /// The `agent_id` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/agent_id`).
    pub agent_id: String,
    /// The `annotations` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/annotations`).
    pub annotations: Option<super::LabeledDataRequest>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/shapes`).
    pub shapes: Option<Vec<super::AttributedShapeRequest>>,
    /// The `states` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/states`).
    pub states: Option<Vec<String>>,
}

serialize_struct!(
    runtime,
    QueueRequestCompleteInputRequest {
        agent_id: required("agent_id"),
        annotations: optional("annotations"),
        shapes: optional("shapes"),
        states: optional("states")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    QueueRequestCompleteInputRequest {
        agent_id: required::<String>("agent_id"),
        annotations: optional::<Option<super::LabeledDataRequest>>("annotations"),
        shapes: optional::<Option<Vec<super::AttributedShapeRequest>>>("shapes"),
        states: optional::<Option<Vec<String>>>("states")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestCompleteInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestCompleteInputRequest`.

/// The `QueueRequestCompleteInputRequest` schema, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct QueueRequestCompleteInputRequest {
    /// The `agent_id` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/agent_id`).
    pub agent_id: String,
    /// The `annotations` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/annotations`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<super::LabeledDataRequest>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/shapes`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::AttributedShapeRequest>>,
    /// The `states` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/states`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub states: Option<Vec<String>>,
}

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

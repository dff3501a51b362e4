// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestCompleteInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestCompleteInputRequest`.

/// The `QueueRequestCompleteInputRequest` schema, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct QueueRequestCompleteInputRequest {
    /// The `agent_id` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/agent_id`).
    pub agent_id: String,
    /// The `annotations` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/annotations`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<super::LabeledDataRequest>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/shapes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::AttributedShapeRequest>>,
    /// The `states` property, which the spec does not describe (`#/components/schemas/QueueRequestCompleteInputRequest/properties/states`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub states: Option<Vec<String>>,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestCompleteInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestCompleteInputRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct QueueRequestCompleteInputRequest {
    pub agent_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<super::LabeledDataRequest>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shapes: Option<Vec<super::AttributedShapeRequest>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub states: Option<Vec<String>>,
}

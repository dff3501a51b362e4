// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestUpdateInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestUpdateInputRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct QueueRequestUpdateInputRequest {
    pub agent_id: String,
    pub progress: f64,
}

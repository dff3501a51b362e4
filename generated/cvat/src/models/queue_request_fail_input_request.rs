// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestFailInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestFailInputRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct QueueRequestFailInputRequest {
    pub agent_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exc_info: Option<String>,
}

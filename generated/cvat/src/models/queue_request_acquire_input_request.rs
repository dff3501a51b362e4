// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestAcquireInputRequest`] and the types nested in it, from `#/components/schemas/QueueRequestAcquireInputRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct QueueRequestAcquireInputRequest {
    pub agent_id: String,
    pub request_category: super::RequestCategoryEnum,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestAcquireOutput`] and the types nested in it, from `#/components/schemas/QueueRequestAcquireOutput`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct QueueRequestAcquireOutput {
    pub ar_assignment: Option<super::ArAssignment>,
}

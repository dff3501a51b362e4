// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TaskAssignments`] and the types nested in it, from `#/components/schemas/TaskAssignments`.

/// Task assignments
///
/// A list of task assignments.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TaskAssignments {
    /// The total number of items in this collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// A list of task assignments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::TaskAssignment>>,
}

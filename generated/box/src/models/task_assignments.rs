// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TaskAssignments`] and the types nested in it, from `#/components/schemas/TaskAssignments`.

use crate::runtime::{self, deserialize_struct};

/// Task assignments
///
/// A list of task assignments.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TaskAssignments {
    /// The total number of items in this collection.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub total_count: Option<i64>,
    /// A list of task assignments.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub entries: Option<Vec<super::TaskAssignment>>,
}

deserialize_struct!(
    runtime,
    TaskAssignments {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::TaskAssignment>>>("entries")
    }
);

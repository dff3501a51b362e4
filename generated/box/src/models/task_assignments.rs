// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TaskAssignments`] and the types nested in it, from `#/components/schemas/TaskAssignments`.

use crate::runtime::{self, deserialize_struct};

/// Task assignments
///
/// A list of task assignments.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TaskAssignments {
    /// The total number of items in this collection.
    pub total_count: Option<i64>,
    /// A list of task assignments.
    pub entries: Option<Vec<super::TaskAssignment>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TaskAssignments { total_count: optional("total_count"), entries: optional("entries") }
);

deserialize_struct!(
    runtime,
    TaskAssignments {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::TaskAssignment>>>("entries")
    }
);

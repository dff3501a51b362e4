// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Tasks`] and the types nested in it, from `#/components/schemas/Tasks`.

use crate::runtime::{self, deserialize_struct};

/// Tasks
///
/// A list of tasks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tasks {
    /// One greater than the offset of the last entry in the entire collection.
    /// The total number of entries in the collection may be less than
    /// `total_count`.
    pub total_count: Option<i64>,
    /// A list of tasks.
    pub entries: Option<Vec<super::Task>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Tasks { total_count: optional("total_count"), entries: optional("entries") }
);

deserialize_struct!(
    runtime,
    Tasks {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::Task>>>("entries")
    }
);

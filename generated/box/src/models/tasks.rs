// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Tasks`] and the types nested in it, from `#/components/schemas/Tasks`.

use crate::runtime::{self, deserialize_struct};

/// Tasks
///
/// A list of tasks.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Tasks {
    /// One greater than the offset of the last entry in the entire collection.
    /// The total number of entries in the collection may be less than
    /// `total_count`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub total_count: Option<i64>,
    /// A list of tasks.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub entries: Option<Vec<super::Task>>,
}

deserialize_struct!(
    runtime,
    Tasks {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::Task>>>("entries")
    }
);

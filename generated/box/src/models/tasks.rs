// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Tasks`] and the types nested in it, from `#/components/schemas/Tasks`.

/// Tasks
///
/// A list of tasks.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Tasks {
    /// One greater than the offset of the last entry in the entire collection.
    /// The total number of entries in the collection may be less than
    /// `total_count`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// A list of tasks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::Task>>,
}

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`StoragePolicyAssignments`] and the types nested in it, from `#/components/schemas/StoragePolicyAssignments`.

use crate::runtime::{Cursor, Page};

/// Storage policy assignments
///
/// A list of storage policy assignments.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct StoragePolicyAssignments {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev_marker: Option<String>,
    /// A list of storage policy assignments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::StoragePolicyAssignment>>,
}

impl Page for StoragePolicyAssignments {
    type Item = super::StoragePolicyAssignment;

    fn into_page(self) -> (Vec<super::StoragePolicyAssignment>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}

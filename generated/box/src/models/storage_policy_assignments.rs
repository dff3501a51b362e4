// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`StoragePolicyAssignments`] and the types nested in it, from `#/components/schemas/StoragePolicyAssignments`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// Storage policy assignments
///
/// A list of storage policy assignments.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoragePolicyAssignments {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    pub prev_marker: Option<String>,
    /// A list of storage policy assignments.
    pub entries: Option<Vec<super::StoragePolicyAssignment>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    StoragePolicyAssignments {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        prev_marker: optional("prev_marker"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    StoragePolicyAssignments {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        prev_marker: optional::<Option<String>>("prev_marker"),
        entries: optional::<Option<Vec<super::StoragePolicyAssignment>>>("entries")
    }
);

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

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RetentionPolicyAssignments`] and the types nested in it, from `#/components/schemas/RetentionPolicyAssignments`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// Retention policy assignments
///
/// A list of retention policy assignments.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RetentionPolicyAssignments {
    /// A list of retention policy assignments.
    pub entries: Option<Vec<super::RetentionPolicyAssignment>>,
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RetentionPolicyAssignments {
        entries: optional("entries"),
        limit: optional("limit"),
        next_marker: optional("next_marker")
    }
);

deserialize_struct!(
    runtime,
    RetentionPolicyAssignments {
        entries: optional::<Option<Vec<super::RetentionPolicyAssignment>>>("entries"),
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker")
    }
);

impl Page for RetentionPolicyAssignments {
    type Item = super::RetentionPolicyAssignment;

    fn into_page(self) -> (Vec<super::RetentionPolicyAssignment>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}

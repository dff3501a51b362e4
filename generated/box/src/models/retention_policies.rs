// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RetentionPolicies`] and the types nested in it, from `#/components/schemas/RetentionPolicies`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// Retention policies
///
/// A list of retention policies.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RetentionPolicies {
    /// A list in which each entry represents a retention policy object.
    pub entries: Option<Vec<super::RetentionPolicy>>,
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
    RetentionPolicies { entries: optional("entries"), limit: optional("limit"), next_marker: optional("next_marker") }
);

deserialize_struct!(
    runtime,
    RetentionPolicies {
        entries: optional::<Option<Vec<super::RetentionPolicy>>>("entries"),
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker")
    }
);

impl Page for RetentionPolicies {
    type Item = super::RetentionPolicy;

    fn into_page(self) -> (Vec<super::RetentionPolicy>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}

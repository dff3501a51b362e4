// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`LegalHoldPolicies`] and the types nested in it, from `#/components/schemas/LegalHoldPolicies`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// Legal hold policies
///
/// A list of legal hold policies.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LegalHoldPolicies {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    pub prev_marker: Option<String>,
    /// A list of legal hold policies.
    pub entries: Option<Vec<super::LegalHoldPolicy>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    LegalHoldPolicies {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        prev_marker: optional("prev_marker"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    LegalHoldPolicies {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        prev_marker: optional::<Option<String>>("prev_marker"),
        entries: optional::<Option<Vec<super::LegalHoldPolicy>>>("entries")
    }
);

impl Page for LegalHoldPolicies {
    type Item = super::LegalHoldPolicy;

    fn into_page(self) -> (Vec<super::LegalHoldPolicy>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}

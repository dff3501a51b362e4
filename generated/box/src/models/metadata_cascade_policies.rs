// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataCascadePolicies`] and the types nested in it, from `#/components/schemas/MetadataCascadePolicies`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// Metadata cascade policies
///
/// A list of metadata cascade policies.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataCascadePolicies {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    pub prev_marker: Option<String>,
    /// A list of metadata cascade policies.
    pub entries: Option<Vec<super::MetadataCascadePolicy>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataCascadePolicies {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        prev_marker: optional("prev_marker"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    MetadataCascadePolicies {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        prev_marker: optional::<Option<String>>("prev_marker"),
        entries: optional::<Option<Vec<super::MetadataCascadePolicy>>>("entries")
    }
);

impl Page for MetadataCascadePolicies {
    type Item = super::MetadataCascadePolicy;

    fn into_page(self) -> (Vec<super::MetadataCascadePolicy>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}

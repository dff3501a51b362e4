// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentMembers`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentMembers`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// List of Shield Information Barrier Segment Members
///
/// List of Shield Information Barrier Member objects.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierSegmentMembers {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// A list of shield information
    /// barrier segment members.
    pub entries: Option<Vec<super::ShieldInformationBarrierSegmentMember>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ShieldInformationBarrierSegmentMembers {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentMembers {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        entries: optional::<Option<Vec<super::ShieldInformationBarrierSegmentMember>>>("entries")
    }
);

impl Page for ShieldInformationBarrierSegmentMembers {
    type Item = super::ShieldInformationBarrierSegmentMember;

    fn into_page(self) -> (Vec<super::ShieldInformationBarrierSegmentMember>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}

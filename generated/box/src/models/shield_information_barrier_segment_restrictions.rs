// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentRestrictions`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentRestrictions`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// List of Shield Information Barrier Segment Restrictions
///
/// List of shield information barrier segment restriction objects.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierSegmentRestrictions {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// A list of shield information barrier
    /// segment restriction objects.
    pub entries: Option<Vec<super::ShieldInformationBarrierSegmentRestriction>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ShieldInformationBarrierSegmentRestrictions {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentRestrictions {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        entries: optional::<Option<Vec<super::ShieldInformationBarrierSegmentRestriction>>>("entries")
    }
);

impl Page for ShieldInformationBarrierSegmentRestrictions {
    type Item = super::ShieldInformationBarrierSegmentRestriction;

    fn into_page(self) -> (Vec<super::ShieldInformationBarrierSegmentRestriction>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}

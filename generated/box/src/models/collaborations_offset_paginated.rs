// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CollaborationsOffsetPaginated`] and the types nested in it, from `#/components/schemas/CollaborationsOffsetPaginated`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// Collaborations
///
/// A list of collaborations.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CollaborationsOffsetPaginated {
    /// One greater than the offset of the last entry in the entire collection.
    /// The total number of entries in the collection may be less than
    /// `total_count`.
    ///
    /// This field is only returned for calls that use offset-based pagination.
    /// For marker-based paginated APIs, this field will be omitted.
    pub total_count: Option<i64>,
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The 0-based offset of the first entry in this set. This will be the same
    /// as the `offset` query parameter.
    ///
    /// This field is only returned for calls that use offset-based pagination.
    /// For marker-based paginated APIs, this field will be omitted.
    pub offset: Option<i64>,
    /// A list of collaborations.
    pub entries: Option<Vec<super::Collaboration>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CollaborationsOffsetPaginated {
        total_count: optional("total_count"),
        limit: optional("limit"),
        offset: optional("offset"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    CollaborationsOffsetPaginated {
        total_count: optional::<Option<i64>>("total_count"),
        limit: optional::<Option<i64>>("limit"),
        offset: optional::<Option<i64>>("offset"),
        entries: optional::<Option<Vec<super::Collaboration>>>("entries")
    }
);

impl Page for CollaborationsOffsetPaginated {
    type Item = super::Collaboration;

    fn into_page(self) -> (Vec<super::Collaboration>, Cursor) {
        let cursor = Cursor { has_next: None, total: self.total_count.as_ref().copied(), next_marker: None };
        (self.entries.unwrap_or_default(), cursor)
    }
}

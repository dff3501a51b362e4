// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`PetPage`] and the types nested in it, from `#/components/schemas/PetPage`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// PetPage
///
/// One page of `GET /pets`: ask for the next with offset + limit until offset \>= total_count.
#[derive(Clone, Debug, PartialEq)]
pub struct PetPage {
    /// Entries
    pub entries: Vec<super::Pet>,
    /// Total Count
    pub total_count: i64,
    /// Offset
    pub offset: i64,
    /// Limit
    pub limit: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PetPage {
        entries: required("entries"),
        total_count: required("total_count"),
        offset: required("offset"),
        limit: required("limit")
    }
);

deserialize_struct!(
    runtime,
    PetPage {
        entries: required::<Vec<super::Pet>>("entries"),
        total_count: required::<i64>("total_count"),
        offset: required::<i64>("offset"),
        limit: required::<i64>("limit")
    }
);

impl Page for PetPage {
    type Item = super::Pet;

    fn into_page(self) -> (Vec<super::Pet>, Cursor) {
        let cursor = Cursor { has_next: None, total: Some(&self.total_count).copied(), next_marker: None };
        (self.entries, cursor)
    }
}

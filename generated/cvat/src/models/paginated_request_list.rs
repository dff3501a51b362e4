// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedRequestList`] and the types nested in it, from `#/components/schemas/PaginatedRequestList`.

use crate::runtime::{Cursor, Page};

/// The `PaginatedRequestList` schema, which the spec does not describe (`#/components/schemas/PaginatedRequestList`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedRequestList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedRequestList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedRequestList/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedRequestList/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedRequestList/properties/results`).
    pub results: Vec<super::Request>,
}

impl Page for PaginatedRequestList {
    type Item = super::Request;

    fn into_page(self) -> (Vec<super::Request>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedLimitList`] and the types nested in it, from `#/components/schemas/PaginatedLimitList`.

use crate::runtime::{Cursor, Page};

/// The `PaginatedLimitList` schema, which the spec does not describe (`#/components/schemas/PaginatedLimitList`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedLimitList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/results`).
    pub results: Vec<super::Limit>,
}

impl Page for PaginatedLimitList {
    type Item = super::Limit;

    fn into_page(self) -> (Vec<super::Limit>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

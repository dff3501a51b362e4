// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedLimitList`] and the types nested in it, from `#/components/schemas/PaginatedLimitList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedLimitList` schema, which the spec does not describe (`#/components/schemas/PaginatedLimitList`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedLimitList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/results`).
    pub results: Vec<super::Limit>,
}

deserialize_struct!(
    runtime,
    PaginatedLimitList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::Limit>>("results")
    }
);

impl Page for PaginatedLimitList {
    type Item = super::Limit;

    fn into_page(self) -> (Vec<super::Limit>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

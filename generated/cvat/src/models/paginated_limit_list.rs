// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedLimitList`] and the types nested in it, from `#/components/schemas/PaginatedLimitList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedLimitList` schema, which the spec does not describe (`#/components/schemas/PaginatedLimitList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedLimitList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedLimitList/properties/results`).
    pub results: Vec<super::Limit>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedLimitList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

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

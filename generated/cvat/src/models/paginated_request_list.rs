// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedRequestList`] and the types nested in it, from `#/components/schemas/PaginatedRequestList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedRequestList` schema, which the spec does not describe (`#/components/schemas/PaginatedRequestList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedRequestList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedRequestList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedRequestList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedRequestList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedRequestList/properties/results`).
    pub results: Vec<super::Request>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedRequestList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedRequestList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::Request>>("results")
    }
);

impl Page for PaginatedRequestList {
    type Item = super::Request;

    fn into_page(self) -> (Vec<super::Request>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedJobReadList`] and the types nested in it, from `#/components/schemas/PaginatedJobReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedJobReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedJobReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedJobReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedJobReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedJobReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedJobReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedJobReadList/properties/results`).
    pub results: Vec<super::JobRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedJobReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedJobReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::JobRead>>("results")
    }
);

impl Page for PaginatedJobReadList {
    type Item = super::JobRead;

    fn into_page(self) -> (Vec<super::JobRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

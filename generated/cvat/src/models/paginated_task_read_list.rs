// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedTaskReadList`] and the types nested in it, from `#/components/schemas/PaginatedTaskReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedTaskReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedTaskReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedTaskReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedTaskReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedTaskReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedTaskReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedTaskReadList/properties/results`).
    pub results: Vec<super::TaskRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedTaskReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedTaskReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::TaskRead>>("results")
    }
);

impl Page for PaginatedTaskReadList {
    type Item = super::TaskRead;

    fn into_page(self) -> (Vec<super::TaskRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

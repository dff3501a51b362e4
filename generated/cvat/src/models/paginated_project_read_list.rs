// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedProjectReadList`] and the types nested in it, from `#/components/schemas/PaginatedProjectReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedProjectReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedProjectReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedProjectReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedProjectReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedProjectReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedProjectReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedProjectReadList/properties/results`).
    pub results: Vec<super::ProjectRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedProjectReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedProjectReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::ProjectRead>>("results")
    }
);

impl Page for PaginatedProjectReadList {
    type Item = super::ProjectRead;

    fn into_page(self) -> (Vec<super::ProjectRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

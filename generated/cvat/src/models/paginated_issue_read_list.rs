// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedIssueReadList`] and the types nested in it, from `#/components/schemas/PaginatedIssueReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedIssueReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedIssueReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedIssueReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedIssueReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedIssueReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedIssueReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedIssueReadList/properties/results`).
    pub results: Vec<super::IssueRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedIssueReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedIssueReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::IssueRead>>("results")
    }
);

impl Page for PaginatedIssueReadList {
    type Item = super::IssueRead;

    fn into_page(self) -> (Vec<super::IssueRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedTaskReadList`] and the types nested in it, from `#/components/schemas/PaginatedTaskReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedTaskReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedTaskReadList`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedTaskReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedTaskReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedTaskReadList/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedTaskReadList/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedTaskReadList/properties/results`).
    pub results: Vec<super::TaskRead>,
}

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

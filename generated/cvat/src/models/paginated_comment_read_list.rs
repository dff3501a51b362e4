// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedCommentReadList`] and the types nested in it, from `#/components/schemas/PaginatedCommentReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedCommentReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedCommentReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedCommentReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedCommentReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedCommentReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedCommentReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedCommentReadList/properties/results`).
    pub results: Vec<super::CommentRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedCommentReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedCommentReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::CommentRead>>("results")
    }
);

impl Page for PaginatedCommentReadList {
    type Item = super::CommentRead;

    fn into_page(self) -> (Vec<super::CommentRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

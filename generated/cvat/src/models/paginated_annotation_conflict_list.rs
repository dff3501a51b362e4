// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedAnnotationConflictList`] and the types nested in it, from `#/components/schemas/PaginatedAnnotationConflictList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedAnnotationConflictList` schema, which the spec does not describe (`#/components/schemas/PaginatedAnnotationConflictList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedAnnotationConflictList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedAnnotationConflictList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedAnnotationConflictList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedAnnotationConflictList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedAnnotationConflictList/properties/results`).
    pub results: Vec<super::AnnotationConflict>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedAnnotationConflictList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedAnnotationConflictList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::AnnotationConflict>>("results")
    }
);

impl Page for PaginatedAnnotationConflictList {
    type Item = super::AnnotationConflict;

    fn into_page(self) -> (Vec<super::AnnotationConflict>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

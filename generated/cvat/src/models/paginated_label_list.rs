// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedLabelList`] and the types nested in it, from `#/components/schemas/PaginatedLabelList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedLabelList` schema, which the spec does not describe (`#/components/schemas/PaginatedLabelList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedLabelList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedLabelList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedLabelList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedLabelList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedLabelList/properties/results`).
    pub results: Vec<super::Label>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedLabelList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedLabelList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::Label>>("results")
    }
);

impl Page for PaginatedLabelList {
    type Item = super::Label;

    fn into_page(self) -> (Vec<super::Label>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

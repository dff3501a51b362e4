// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedUsageList`] and the types nested in it, from `#/components/schemas/PaginatedUsageList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedUsageList` schema, which the spec does not describe (`#/components/schemas/PaginatedUsageList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedUsageList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedUsageList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedUsageList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedUsageList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedUsageList/properties/results`).
    pub results: Vec<super::Usage>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedUsageList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedUsageList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::Usage>>("results")
    }
);

impl Page for PaginatedUsageList {
    type Item = super::Usage;

    fn into_page(self) -> (Vec<super::Usage>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

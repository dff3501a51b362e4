// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedUsageList`] and the types nested in it, from `#/components/schemas/PaginatedUsageList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedUsageList` schema, which the spec does not describe (`#/components/schemas/PaginatedUsageList`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedUsageList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedUsageList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedUsageList/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedUsageList/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedUsageList/properties/results`).
    pub results: Vec<super::Usage>,
}

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

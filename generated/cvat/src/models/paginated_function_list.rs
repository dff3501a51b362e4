// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedFunctionList`] and the types nested in it, from `#/components/schemas/PaginatedFunctionList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedFunctionList` schema, which the spec does not describe (`#/components/schemas/PaginatedFunctionList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedFunctionList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedFunctionList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedFunctionList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedFunctionList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedFunctionList/properties/results`).
    pub results: Vec<super::Function>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedFunctionList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedFunctionList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::Function>>("results")
    }
);

impl Page for PaginatedFunctionList {
    type Item = super::Function;

    fn into_page(self) -> (Vec<super::Function>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedJobValidationList`] and the types nested in it, from `#/components/schemas/PaginatedJobValidationList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedJobValidationList` schema, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedJobValidationList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/results`).
    pub results: Vec<super::JobValidation>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedJobValidationList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedJobValidationList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::JobValidation>>("results")
    }
);

impl Page for PaginatedJobValidationList {
    type Item = super::JobValidation;

    fn into_page(self) -> (Vec<super::JobValidation>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

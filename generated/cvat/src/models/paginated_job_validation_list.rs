// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedJobValidationList`] and the types nested in it, from `#/components/schemas/PaginatedJobValidationList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedJobValidationList` schema, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedJobValidationList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/results`).
    pub results: Vec<super::JobValidation>,
}

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

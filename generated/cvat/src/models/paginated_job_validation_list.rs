// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedJobValidationList`] and the types nested in it, from `#/components/schemas/PaginatedJobValidationList`.

use crate::runtime::{Cursor, Page};

/// The `PaginatedJobValidationList` schema, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedJobValidationList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedJobValidationList/properties/results`).
    pub results: Vec<super::JobValidation>,
}

impl Page for PaginatedJobValidationList {
    type Item = super::JobValidation;

    fn into_page(self) -> (Vec<super::JobValidation>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

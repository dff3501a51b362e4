// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedFunctionList`] and the types nested in it, from `#/components/schemas/PaginatedFunctionList`.

use crate::runtime::{Cursor, Page};

/// The `PaginatedFunctionList` schema, which the spec does not describe (`#/components/schemas/PaginatedFunctionList`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedFunctionList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedFunctionList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedFunctionList/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedFunctionList/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedFunctionList/properties/results`).
    pub results: Vec<super::Function>,
}

impl Page for PaginatedFunctionList {
    type Item = super::Function;

    fn into_page(self) -> (Vec<super::Function>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

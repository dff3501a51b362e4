// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PaginatedUserList`] and the types nested in it, from `#/components/schemas/PaginatedUserList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedUserList` schema, which the spec does not describe (`#/components/schemas/PaginatedUserList`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedUserList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedUserList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedUserList/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedUserList/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedUserList/properties/results`).
    pub results: Vec<super::User>,
}

deserialize_struct!(
    runtime,
    PaginatedUserList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::User>>("results")
    }
);

impl Page for PaginatedUserList {
    type Item = super::User;

    fn into_page(self) -> (Vec<super::User>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

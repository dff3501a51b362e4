// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PaginatedUserList`] and the types nested in it, from `#/components/schemas/PaginatedUserList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedUserList` schema, which the spec does not describe (`#/components/schemas/PaginatedUserList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedUserList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedUserList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedUserList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedUserList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedUserList/properties/results`).
    pub results: Vec<super::User>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedUserList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

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

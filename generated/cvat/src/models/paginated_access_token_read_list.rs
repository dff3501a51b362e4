// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedAccessTokenReadList`] and the types nested in it, from `#/components/schemas/PaginatedAccessTokenReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedAccessTokenReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedAccessTokenReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedAccessTokenReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedAccessTokenReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedAccessTokenReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedAccessTokenReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedAccessTokenReadList/properties/results`).
    pub results: Vec<super::AccessTokenRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedAccessTokenReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedAccessTokenReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::AccessTokenRead>>("results")
    }
);

impl Page for PaginatedAccessTokenReadList {
    type Item = super::AccessTokenRead;

    fn into_page(self) -> (Vec<super::AccessTokenRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

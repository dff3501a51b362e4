// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedAccessTokenReadList`] and the types nested in it, from `#/components/schemas/PaginatedAccessTokenReadList`.

use crate::runtime::{Cursor, Page};

/// The `PaginatedAccessTokenReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedAccessTokenReadList`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedAccessTokenReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedAccessTokenReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedAccessTokenReadList/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedAccessTokenReadList/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedAccessTokenReadList/properties/results`).
    pub results: Vec<super::AccessTokenRead>,
}

impl Page for PaginatedAccessTokenReadList {
    type Item = super::AccessTokenRead;

    fn into_page(self) -> (Vec<super::AccessTokenRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

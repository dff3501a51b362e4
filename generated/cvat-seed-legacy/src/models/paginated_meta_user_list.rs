// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PaginatedMetaUserList`] and the types nested in it, from `#/components/schemas/PaginatedMetaUserList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedMetaUserList` schema, which the spec does not describe (`#/components/schemas/PaginatedMetaUserList`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedMetaUserList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedMetaUserList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedMetaUserList/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedMetaUserList/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedMetaUserList/properties/results`).
    pub results: Vec<super::MetaUser>,
}

deserialize_struct!(
    runtime,
    PaginatedMetaUserList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::MetaUser>>("results")
    }
);

impl Page for PaginatedMetaUserList {
    type Item = super::MetaUser;

    fn into_page(self) -> (Vec<super::MetaUser>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

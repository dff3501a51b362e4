// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedMetaUserList`] and the types nested in it, from `#/components/schemas/PaginatedMetaUserList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedMetaUserList` schema, which the spec does not describe (`#/components/schemas/PaginatedMetaUserList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedMetaUserList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedMetaUserList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedMetaUserList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedMetaUserList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedMetaUserList/properties/results`).
    pub results: Vec<super::MetaUser>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedMetaUserList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

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

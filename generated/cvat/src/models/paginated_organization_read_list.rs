// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedOrganizationReadList`] and the types nested in it, from `#/components/schemas/PaginatedOrganizationReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedOrganizationReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedOrganizationReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/results`).
    pub results: Vec<super::OrganizationRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedOrganizationReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedOrganizationReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::OrganizationRead>>("results")
    }
);

impl Page for PaginatedOrganizationReadList {
    type Item = super::OrganizationRead;

    fn into_page(self) -> (Vec<super::OrganizationRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

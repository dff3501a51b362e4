// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedOrganizationReadList`] and the types nested in it, from `#/components/schemas/PaginatedOrganizationReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedOrganizationReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedOrganizationReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/results`).
    pub results: Vec<super::OrganizationRead>,
}

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

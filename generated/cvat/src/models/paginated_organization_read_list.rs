// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedOrganizationReadList`] and the types nested in it, from `#/components/schemas/PaginatedOrganizationReadList`.

use crate::runtime::{Cursor, Page};

/// The `PaginatedOrganizationReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedOrganizationReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationReadList/properties/results`).
    pub results: Vec<super::OrganizationRead>,
}

impl Page for PaginatedOrganizationReadList {
    type Item = super::OrganizationRead;

    fn into_page(self) -> (Vec<super::OrganizationRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

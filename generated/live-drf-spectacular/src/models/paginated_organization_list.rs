// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PaginatedOrganizationList`] and the types nested in it, from `#/components/schemas/PaginatedOrganizationList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedOrganizationList` schema, which the spec does not describe (`#/components/schemas/PaginatedOrganizationList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedOrganizationList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedOrganizationList/properties/results`).
    pub results: Vec<super::Organization>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedOrganizationList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedOrganizationList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::Organization>>("results")
    }
);

impl Page for PaginatedOrganizationList {
    type Item = super::Organization;

    fn into_page(self) -> (Vec<super::Organization>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

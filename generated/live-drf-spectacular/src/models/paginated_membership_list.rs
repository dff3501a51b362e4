// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PaginatedMembershipList`] and the types nested in it, from `#/components/schemas/PaginatedMembershipList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedMembershipList` schema, which the spec does not describe (`#/components/schemas/PaginatedMembershipList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedMembershipList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/results`).
    pub results: Vec<super::Membership>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedMembershipList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedMembershipList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::Membership>>("results")
    }
);

impl Page for PaginatedMembershipList {
    type Item = super::Membership;

    fn into_page(self) -> (Vec<super::Membership>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PaginatedMembershipList`] and the types nested in it, from `#/components/schemas/PaginatedMembershipList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedMembershipList` schema, which the spec does not describe (`#/components/schemas/PaginatedMembershipList`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedMembershipList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/results`).
    pub results: Vec<super::Membership>,
}

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

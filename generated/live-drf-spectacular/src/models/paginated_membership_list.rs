// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PaginatedMembershipList`] and the types nested in it, from `#/components/schemas/PaginatedMembershipList`.

use crate::runtime::{Cursor, Page};

/// The `PaginatedMembershipList` schema, which the spec does not describe (`#/components/schemas/PaginatedMembershipList`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedMembershipList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipList/properties/results`).
    pub results: Vec<super::Membership>,
}

impl Page for PaginatedMembershipList {
    type Item = super::Membership;

    fn into_page(self) -> (Vec<super::Membership>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PaginatedMembershipReadList`] and the types nested in it, from `#/components/schemas/PaginatedMembershipReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedMembershipReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedMembershipReadList`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedMembershipReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipReadList/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipReadList/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipReadList/properties/results`).
    pub results: Vec<super::MembershipRead>,
}

deserialize_struct!(
    runtime,
    PaginatedMembershipReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::MembershipRead>>("results")
    }
);

impl Page for PaginatedMembershipReadList {
    type Item = super::MembershipRead;

    fn into_page(self) -> (Vec<super::MembershipRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

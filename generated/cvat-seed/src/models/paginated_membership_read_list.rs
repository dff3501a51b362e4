// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PaginatedMembershipReadList`] and the types nested in it, from `#/components/schemas/PaginatedMembershipReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedMembershipReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedMembershipReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedMembershipReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedMembershipReadList/properties/results`).
    pub results: Vec<super::MembershipRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedMembershipReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

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

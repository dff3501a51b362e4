// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PaginatedInvitationReadList`] and the types nested in it, from `#/components/schemas/PaginatedInvitationReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedInvitationReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedInvitationReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedInvitationReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationReadList/properties/results`).
    pub results: Vec<super::InvitationRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedInvitationReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedInvitationReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::InvitationRead>>("results")
    }
);

impl Page for PaginatedInvitationReadList {
    type Item = super::InvitationRead;

    fn into_page(self) -> (Vec<super::InvitationRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

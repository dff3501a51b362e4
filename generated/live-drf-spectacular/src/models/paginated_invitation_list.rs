// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PaginatedInvitationList`] and the types nested in it, from `#/components/schemas/PaginatedInvitationList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedInvitationList` schema, which the spec does not describe (`#/components/schemas/PaginatedInvitationList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedInvitationList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationList/properties/results`).
    pub results: Vec<super::Invitation>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedInvitationList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedInvitationList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::Invitation>>("results")
    }
);

impl Page for PaginatedInvitationList {
    type Item = super::Invitation;

    fn into_page(self) -> (Vec<super::Invitation>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

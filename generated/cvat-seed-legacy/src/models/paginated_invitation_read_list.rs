// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PaginatedInvitationReadList`] and the types nested in it, from `#/components/schemas/PaginatedInvitationReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedInvitationReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedInvitationReadList`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedInvitationReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationReadList/properties/next`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationReadList/properties/previous`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedInvitationReadList/properties/results`).
    pub results: Vec<super::InvitationRead>,
}

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

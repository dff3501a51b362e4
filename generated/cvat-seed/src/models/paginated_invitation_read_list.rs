// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PaginatedInvitationReadList`] and the types nested in it, from `#/components/schemas/PaginatedInvitationReadList`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PaginatedInvitationReadList {
    pub count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    pub results: Vec<super::InvitationRead>,
}

impl crate::runtime::Page for PaginatedInvitationReadList {
    type Item = super::InvitationRead;

    fn into_page(self) -> (Vec<super::InvitationRead>, crate::runtime::Cursor) {
        let cursor =
            crate::runtime::Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

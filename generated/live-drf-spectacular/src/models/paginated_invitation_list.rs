// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PaginatedInvitationList`] and the types nested in it, from `#/components/schemas/PaginatedInvitationList`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PaginatedInvitationList {
    pub count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    pub results: Vec<super::Invitation>,
}

impl crate::runtime::Page for PaginatedInvitationList {
    type Item = super::Invitation;

    fn into_page(self) -> (Vec<super::Invitation>, crate::runtime::Cursor) {
        let cursor =
            crate::runtime::Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

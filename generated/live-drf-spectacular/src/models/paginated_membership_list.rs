// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PaginatedMembershipList`] and the types nested in it, from `#/components/schemas/PaginatedMembershipList`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PaginatedMembershipList {
    pub count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    pub results: Vec<super::Membership>,
}

impl crate::runtime::Page for PaginatedMembershipList {
    type Item = super::Membership;

    fn into_page(self) -> (Vec<super::Membership>, crate::runtime::Cursor) {
        let cursor =
            crate::runtime::Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PaginatedUserList`] and the types nested in it, from `#/components/schemas/PaginatedUserList`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PaginatedUserList {
    pub count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    pub results: Vec<super::User>,
}

impl crate::runtime::Page for PaginatedUserList {
    type Item = super::User;

    fn into_page(self) -> (Vec<super::User>, crate::runtime::Cursor) {
        let cursor =
            crate::runtime::Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

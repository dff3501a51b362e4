// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedAccessTokenReadList`] and the types nested in it, from `#/components/schemas/PaginatedAccessTokenReadList`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PaginatedAccessTokenReadList {
    pub count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    pub results: Vec<super::AccessTokenRead>,
}

impl crate::runtime::Page for PaginatedAccessTokenReadList {
    type Item = super::AccessTokenRead;

    fn into_page(self) -> (Vec<super::AccessTokenRead>, crate::runtime::Cursor) {
        let cursor =
            crate::runtime::Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

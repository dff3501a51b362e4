// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedWebhookReadList`] and the types nested in it, from `#/components/schemas/PaginatedWebhookReadList`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PaginatedWebhookReadList {
    pub count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    pub results: Vec<super::WebhookRead>,
}

impl crate::runtime::Page for PaginatedWebhookReadList {
    type Item = super::WebhookRead;

    fn into_page(self) -> (Vec<super::WebhookRead>, crate::runtime::Cursor) {
        let cursor =
            crate::runtime::Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

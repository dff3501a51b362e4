// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedWebhookDeliveryReadList`] and the types nested in it, from `#/components/schemas/PaginatedWebhookDeliveryReadList`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PaginatedWebhookDeliveryReadList {
    pub count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    pub results: Vec<super::WebhookDeliveryRead>,
}

impl crate::runtime::Page for PaginatedWebhookDeliveryReadList {
    type Item = super::WebhookDeliveryRead;

    fn into_page(self) -> (Vec<super::WebhookDeliveryRead>, crate::runtime::Cursor) {
        let cursor =
            crate::runtime::Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

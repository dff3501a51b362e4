// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedWebhookReadList`] and the types nested in it, from `#/components/schemas/PaginatedWebhookReadList`.

use crate::runtime::{Cursor, Page};

/// The `PaginatedWebhookReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedWebhookReadList`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct PaginatedWebhookReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookReadList/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookReadList/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookReadList/properties/results`).
    pub results: Vec<super::WebhookRead>,
}

impl Page for PaginatedWebhookReadList {
    type Item = super::WebhookRead;

    fn into_page(self) -> (Vec<super::WebhookRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedWebhookReadList`] and the types nested in it, from `#/components/schemas/PaginatedWebhookReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedWebhookReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedWebhookReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedWebhookReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookReadList/properties/results`).
    pub results: Vec<super::WebhookRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedWebhookReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedWebhookReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::WebhookRead>>("results")
    }
);

impl Page for PaginatedWebhookReadList {
    type Item = super::WebhookRead;

    fn into_page(self) -> (Vec<super::WebhookRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

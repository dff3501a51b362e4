// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PaginatedWebhookDeliveryReadList`] and the types nested in it, from `#/components/schemas/PaginatedWebhookDeliveryReadList`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// The `PaginatedWebhookDeliveryReadList` schema, which the spec does not describe (`#/components/schemas/PaginatedWebhookDeliveryReadList`).
#[derive(Clone, Debug, PartialEq)]
pub struct PaginatedWebhookDeliveryReadList {
    /// The `count` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookDeliveryReadList/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookDeliveryReadList/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookDeliveryReadList/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/components/schemas/PaginatedWebhookDeliveryReadList/properties/results`).
    pub results: Vec<super::WebhookDeliveryRead>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PaginatedWebhookDeliveryReadList {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    PaginatedWebhookDeliveryReadList {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<super::WebhookDeliveryRead>>("results")
    }
);

impl Page for PaginatedWebhookDeliveryReadList {
    type Item = super::WebhookDeliveryRead;

    fn into_page(self) -> (Vec<super::WebhookDeliveryRead>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

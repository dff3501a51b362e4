// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`WebhookDeliveryRead`] and the types nested in it, from `#/components/schemas/WebhookDeliveryRead`.

use crate::runtime::{self, deserialize_struct};

/// The `WebhookDeliveryRead` schema, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WebhookDeliveryRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `webhook_id` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/webhook_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub webhook_id: Option<i64>,
    /// The `event` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/event`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub event: Option<String>,
    /// The `status_code` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/status_code`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub status_code: Option<i64>,
    /// The `redelivery` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/redelivery`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub redelivery: Option<bool>,
    /// The `attempt` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/attempt`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub attempt: Option<i64>,
    /// The `request_duration` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/request_duration`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub request_duration: Option<i64>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `changed_fields` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/changed_fields`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub changed_fields: Option<String>,
    /// The `request` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/request`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub request: Option<serde_json::Value>,
    /// The `response` property, which the spec does not describe (`#/components/schemas/WebhookDeliveryRead/properties/response`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub response: Option<serde_json::Value>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WebhookDeliveryRead {
        id: optional("id"),
        webhook_id: optional("webhook_id"),
        event: optional("event"),
        status_code: optional("status_code"),
        redelivery: optional("redelivery"),
        attempt: optional("attempt"),
        request_duration: optional("request_duration"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        changed_fields: optional("changed_fields"),
        request: optional("request"),
        response: optional("response")
    }
);

deserialize_struct!(
    runtime,
    WebhookDeliveryRead {
        id: optional::<Option<i64>>("id"),
        webhook_id: optional::<Option<i64>>("webhook_id"),
        event: optional::<Option<String>>("event"),
        status_code: optional::<Option<i64>>("status_code"),
        redelivery: optional::<Option<bool>>("redelivery"),
        attempt: optional::<Option<i64>>("attempt"),
        request_duration: optional::<Option<i64>>("request_duration"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        changed_fields: optional::<Option<String>>("changed_fields"),
        request: optional::<Option<serde_json::Value>>("request"),
        response: optional::<Option<serde_json::Value>>("response")
    }
);

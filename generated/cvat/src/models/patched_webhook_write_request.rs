// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedWebhookWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedWebhookWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedWebhookWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedWebhookWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedWebhookWriteRequest {
    /// The `target_url` property, which the spec does not describe (`#/components/schemas/PatchedWebhookWriteRequest/properties/target_url`).
    pub target_url: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/PatchedWebhookWriteRequest/properties/description`).
    pub description: Option<String>,
    /// The `content_type` property, which the spec does not describe (`#/components/schemas/PatchedWebhookWriteRequest/properties/content_type`).
    pub content_type: Option<super::WebhookContentType>,
    /// The `secret` property, which the spec does not describe (`#/components/schemas/PatchedWebhookWriteRequest/properties/secret`).
    pub secret: Option<String>,
    /// The `is_active` property, which the spec does not describe (`#/components/schemas/PatchedWebhookWriteRequest/properties/is_active`).
    pub is_active: Option<bool>,
    /// The `enable_ssl` property, which the spec does not describe (`#/components/schemas/PatchedWebhookWriteRequest/properties/enable_ssl`).
    pub enable_ssl: Option<bool>,
    /// The `events` property, which the spec does not describe (`#/components/schemas/PatchedWebhookWriteRequest/properties/events`).
    ///
    /// Write-only: sent, never returned.
    pub events: Option<Vec<super::EventsEnum>>,
}

serialize_struct!(
    runtime,
    PatchedWebhookWriteRequest {
        target_url: optional("target_url"),
        description: optional("description"),
        content_type: optional("content_type"),
        secret: optional("secret"),
        is_active: optional("is_active"),
        enable_ssl: optional("enable_ssl"),
        events: optional("events")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedWebhookWriteRequest {
        target_url: optional::<Option<String>>("target_url"),
        description: optional::<Option<String>>("description"),
        content_type: optional::<Option<super::WebhookContentType>>("content_type"),
        secret: optional::<Option<String>>("secret"),
        is_active: optional::<Option<bool>>("is_active"),
        enable_ssl: optional::<Option<bool>>("enable_ssl"),
        events: optional::<Option<Vec<super::EventsEnum>>>("events")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`WebhookWriteRequest`] and the types nested in it, from `#/components/schemas/WebhookWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `WebhookWriteRequest` schema, which the spec does not describe (`#/components/schemas/WebhookWriteRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct WebhookWriteRequest {
    /// The `target_url` property, which the spec does not describe (`#/components/schemas/WebhookWriteRequest/properties/target_url`).
    pub target_url: String,
    /// The `description` property, which the spec does not describe (`#/components/schemas/WebhookWriteRequest/properties/description`).
    pub description: Option<String>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/WebhookWriteRequest/properties/type`).
    pub r#type: super::WebhookType,
    /// The `content_type` property, which the spec does not describe (`#/components/schemas/WebhookWriteRequest/properties/content_type`).
    pub content_type: Option<super::WebhookContentType>,
    /// The `secret` property, which the spec does not describe (`#/components/schemas/WebhookWriteRequest/properties/secret`).
    pub secret: Option<String>,
    /// The `is_active` property, which the spec does not describe (`#/components/schemas/WebhookWriteRequest/properties/is_active`).
    pub is_active: Option<bool>,
    /// The `enable_ssl` property, which the spec does not describe (`#/components/schemas/WebhookWriteRequest/properties/enable_ssl`).
    pub enable_ssl: Option<bool>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/WebhookWriteRequest/properties/project_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub project_id: Option<Option<i64>>,
    /// The `events` property, which the spec does not describe (`#/components/schemas/WebhookWriteRequest/properties/events`).
    ///
    /// Write-only: sent, never returned.
    pub events: Vec<super::EventsEnum>,
}

serialize_struct!(
    runtime,
    WebhookWriteRequest {
        target_url: required("target_url"),
        description: optional("description"),
        r#type: required("type"),
        content_type: optional("content_type"),
        secret: optional("secret"),
        is_active: optional("is_active"),
        enable_ssl: optional("enable_ssl"),
        project_id: nullable("project_id"),
        events: required("events")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    WebhookWriteRequest {
        target_url: required::<String>("target_url"),
        description: optional::<Option<String>>("description"),
        r#type: required::<super::WebhookType>("type"),
        content_type: optional::<Option<super::WebhookContentType>>("content_type"),
        secret: optional::<Option<String>>("secret"),
        is_active: optional::<Option<bool>>("is_active"),
        enable_ssl: optional::<Option<bool>>("enable_ssl"),
        project_id: nullable::<Option<i64>>("project_id"),
        events: required::<Vec<super::EventsEnum>>("events")
    }
);

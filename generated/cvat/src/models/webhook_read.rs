// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`WebhookRead`] and the types nested in it, from `#/components/schemas/WebhookRead`.

use crate::runtime::{self, deserialize_struct};

/// The `WebhookRead` schema, which the spec does not describe (`#/components/schemas/WebhookRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct WebhookRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `url` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
    /// The `target_url` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/target_url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub target_url: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/description`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub description: Option<String>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/type`).
    pub r#type: super::WebhookType,
    /// The `content_type` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/content_type`).
    pub content_type: super::WebhookContentType,
    /// The `is_active` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/is_active`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub is_active: Option<bool>,
    /// The `enable_ssl` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/enable_ssl`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub enable_ssl: Option<bool>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/owner`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub owner: Option<super::BasicUser>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/project_id`).
    pub project_id: Option<i64>,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/organization`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization: Option<i64>,
    /// The `events` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/events`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub events: Option<Vec<super::EventsEnum>>,
    /// The `last_status` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/last_status`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub last_status: Option<i64>,
    /// The `last_delivery_date` property, which the spec does not describe (`#/components/schemas/WebhookRead/properties/last_delivery_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub last_delivery_date: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WebhookRead {
        id: optional("id"),
        url: optional("url"),
        target_url: optional("target_url"),
        description: optional("description"),
        r#type: required("type"),
        content_type: required("content_type"),
        is_active: optional("is_active"),
        enable_ssl: optional("enable_ssl"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        owner: optional("owner"),
        project_id: optional("project_id"),
        organization: optional("organization"),
        events: optional("events"),
        last_status: optional("last_status"),
        last_delivery_date: optional("last_delivery_date")
    }
);

deserialize_struct!(
    runtime,
    WebhookRead {
        id: optional::<Option<i64>>("id"),
        url: optional::<Option<String>>("url"),
        target_url: optional::<Option<String>>("target_url"),
        description: optional::<Option<String>>("description"),
        r#type: required::<super::WebhookType>("type"),
        content_type: required::<super::WebhookContentType>("content_type"),
        is_active: optional::<Option<bool>>("is_active"),
        enable_ssl: optional::<Option<bool>>("enable_ssl"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        owner: optional::<Option<super::BasicUser>>("owner"),
        project_id: optional::<Option<i64>>("project_id"),
        organization: optional::<Option<i64>>("organization"),
        events: optional::<Option<Vec<super::EventsEnum>>>("events"),
        last_status: optional::<Option<i64>>("last_status"),
        last_delivery_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("last_delivery_date")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`WebhookWriteRequest`] and the types nested in it, from `#/components/schemas/WebhookWriteRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct WebhookWriteRequest {
    pub target_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub r#type: super::WebhookType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<super::WebhookContentType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ssl: Option<bool>,
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub project_id: Option<Option<i64>>,
    /// Write-only: sent, never returned.
    pub events: Vec<super::EventsEnum>,
}

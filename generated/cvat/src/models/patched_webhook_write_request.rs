// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedWebhookWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedWebhookWriteRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedWebhookWriteRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<super::WebhookContentType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ssl: Option<bool>,
    /// Write-only: sent, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<super::EventsEnum>>,
}

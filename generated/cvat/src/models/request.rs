// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Request`] and the types nested in it, from `#/components/schemas/Request`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Request {
    pub status: super::RequestStatus,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub id: String,
    pub operation: super::RequestDataOperation,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<f64>,
    pub created_date: chrono::DateTime<chrono::Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_date: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::UserIdentifiers>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_id: Option<i64>,
}

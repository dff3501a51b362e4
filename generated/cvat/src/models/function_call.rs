// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionCall`] and the types nested in it, from `#/components/schemas/FunctionCall`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FunctionCall {
    /// Request id
    pub id: String,
    pub function: super::FunctionCallParams,
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<i64>,
    pub enqueued: Option<chrono::DateTime<chrono::Utc>>,
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    pub ended: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exc_info: Option<String>,
}

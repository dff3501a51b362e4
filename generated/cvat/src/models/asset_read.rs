// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AssetRead`] and the types nested in it, from `#/components/schemas/AssetRead`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AssetRead {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<uuid::Uuid>,
    pub filename: String,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUser>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guide_id: Option<i64>,
}

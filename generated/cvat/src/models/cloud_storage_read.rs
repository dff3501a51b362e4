// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CloudStorageRead`] and the types nested in it, from `#/components/schemas/CloudStorageRead`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct CloudStorageRead {
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUser>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifests: Option<Vec<String>>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    pub provider_type: super::ProviderTypeEnum,
    pub resource: String,
    pub display_name: String,
    pub credentials_type: super::CredentialsTypeEnum,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specific_attributes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<i64>,
}

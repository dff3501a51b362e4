// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CloudStorageWriteRequest`] and the types nested in it, from `#/components/schemas/CloudStorageWriteRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CloudStorageWriteRequest {
    pub provider_type: super::ProviderTypeEnum,
    pub resource: String,
    pub display_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUserRequest>,
    pub credentials_type: super::CredentialsTypeEnum,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_string: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_file: Option<crate::runtime::FilePart>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specific_attributes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifests: Option<Vec<String>>,
}

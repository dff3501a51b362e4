// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedCloudStorageWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedCloudStorageWriteRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedCloudStorageWriteRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_type: Option<super::ProviderTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUserRequest>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials_type: Option<super::CredentialsTypeEnum>,
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

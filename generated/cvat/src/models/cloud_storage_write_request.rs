// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CloudStorageWriteRequest`] and the types nested in it, from `#/components/schemas/CloudStorageWriteRequest`.

use crate::runtime::FilePart;

/// The `CloudStorageWriteRequest` schema, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct CloudStorageWriteRequest {
    /// The `provider_type` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/provider_type`).
    pub provider_type: super::ProviderTypeEnum,
    /// The `resource` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/resource`).
    pub resource: String,
    /// The `display_name` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/display_name`).
    pub display_name: String,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/owner`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUserRequest>,
    /// The `credentials_type` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/credentials_type`).
    pub credentials_type: super::CredentialsTypeEnum,
    /// The `session_token` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/session_token`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    /// The `account_name` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/account_name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    /// The `key` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/key`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The `secret_key` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/secret_key`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_key: Option<String>,
    /// The `connection_string` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/connection_string`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_string: Option<String>,
    /// The `key_file` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/key_file`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_file: Option<FilePart>,
    /// The `specific_attributes` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/specific_attributes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specific_attributes: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/description`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `manifests` property, which the spec does not describe (`#/components/schemas/CloudStorageWriteRequest/properties/manifests`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifests: Option<Vec<String>>,
}

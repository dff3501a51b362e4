// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedCloudStorageWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedCloudStorageWriteRequest`.

use crate::runtime::{self, FilePart, serialize_struct};

/// The `PatchedCloudStorageWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedCloudStorageWriteRequest {
    /// The `provider_type` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/provider_type`).
    pub provider_type: Option<super::ProviderTypeEnum>,
    /// The `resource` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/resource`).
    pub resource: Option<String>,
    /// The `display_name` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/display_name`).
    pub display_name: Option<String>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/owner`).
    pub owner: Option<super::BasicUserRequest>,
    /// The `credentials_type` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/credentials_type`).
    pub credentials_type: Option<super::CredentialsTypeEnum>,
    /// The `session_token` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/session_token`).
    pub session_token: Option<String>,
    /// The `account_name` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/account_name`).
    pub account_name: Option<String>,
    /// The `key` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/key`).
    pub key: Option<String>,
    /// The `secret_key` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/secret_key`).
    pub secret_key: Option<String>,
    /// The `connection_string` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/connection_string`).
    pub connection_string: Option<String>,
    /// The `key_file` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/key_file`).
    pub key_file: Option<FilePart>,
    /// The `specific_attributes` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/specific_attributes`).
    pub specific_attributes: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/description`).
    pub description: Option<String>,
    /// The `manifests` property, which the spec does not describe (`#/components/schemas/PatchedCloudStorageWriteRequest/properties/manifests`).
    pub manifests: Option<Vec<String>>,
}

serialize_struct!(
    runtime,
    PatchedCloudStorageWriteRequest {
        provider_type: optional("provider_type"),
        resource: optional("resource"),
        display_name: optional("display_name"),
        owner: optional("owner"),
        credentials_type: optional("credentials_type"),
        session_token: optional("session_token"),
        account_name: optional("account_name"),
        key: optional("key"),
        secret_key: optional("secret_key"),
        connection_string: optional("connection_string"),
        key_file: optional("key_file"),
        specific_attributes: optional("specific_attributes"),
        description: optional("description"),
        manifests: optional("manifests")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedCloudStorageWriteRequest {
        provider_type: optional::<Option<super::ProviderTypeEnum>>("provider_type"),
        resource: optional::<Option<String>>("resource"),
        display_name: optional::<Option<String>>("display_name"),
        owner: optional::<Option<super::BasicUserRequest>>("owner"),
        credentials_type: optional::<Option<super::CredentialsTypeEnum>>("credentials_type"),
        session_token: optional::<Option<String>>("session_token"),
        account_name: optional::<Option<String>>("account_name"),
        key: optional::<Option<String>>("key"),
        secret_key: optional::<Option<String>>("secret_key"),
        connection_string: optional::<Option<String>>("connection_string"),
        key_file: optional::<Option<crate::runtime::FilePart>>("key_file"),
        specific_attributes: optional::<Option<String>>("specific_attributes"),
        description: optional::<Option<String>>("description"),
        manifests: optional::<Option<Vec<String>>>("manifests")
    }
);

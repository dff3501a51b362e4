// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CloudStorageRead`] and the types nested in it, from `#/components/schemas/CloudStorageRead`.

use crate::runtime::{self, deserialize_struct};

/// The `CloudStorageRead` schema, which the spec does not describe (`#/components/schemas/CloudStorageRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct CloudStorageRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/owner`).
    pub owner: Option<super::BasicUser>,
    /// The `manifests` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/manifests`).
    pub manifests: Option<Vec<String>>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `provider_type` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/provider_type`).
    pub provider_type: super::ProviderTypeEnum,
    /// The `resource` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/resource`).
    pub resource: String,
    /// The `display_name` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/display_name`).
    pub display_name: String,
    /// The `credentials_type` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/credentials_type`).
    pub credentials_type: super::CredentialsTypeEnum,
    /// The `specific_attributes` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/specific_attributes`).
    pub specific_attributes: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/description`).
    pub description: Option<String>,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/organization`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CloudStorageRead {
        id: optional("id"),
        owner: optional("owner"),
        manifests: optional("manifests"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        provider_type: required("provider_type"),
        resource: required("resource"),
        display_name: required("display_name"),
        credentials_type: required("credentials_type"),
        specific_attributes: optional("specific_attributes"),
        description: optional("description"),
        organization: optional("organization")
    }
);

deserialize_struct!(
    runtime,
    CloudStorageRead {
        id: optional::<Option<i64>>("id"),
        owner: optional::<Option<super::BasicUser>>("owner"),
        manifests: optional::<Option<Vec<String>>>("manifests"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        provider_type: required::<super::ProviderTypeEnum>("provider_type"),
        resource: required::<String>("resource"),
        display_name: required::<String>("display_name"),
        credentials_type: required::<super::CredentialsTypeEnum>("credentials_type"),
        specific_attributes: optional::<Option<String>>("specific_attributes"),
        description: optional::<Option<String>>("description"),
        organization: optional::<Option<i64>>("organization")
    }
);

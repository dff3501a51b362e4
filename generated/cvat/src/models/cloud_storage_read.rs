// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CloudStorageRead`] and the types nested in it, from `#/components/schemas/CloudStorageRead`.

/// The `CloudStorageRead` schema, which the spec does not describe (`#/components/schemas/CloudStorageRead`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CloudStorageRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/owner`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUser>,
    /// The `manifests` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/manifests`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifests: Option<Vec<String>>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specific_attributes: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/description`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/CloudStorageRead/properties/organization`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<i64>,
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`OrganizationWriteRequest`] and the types nested in it, from `#/components/schemas/OrganizationWriteRequest`.

/// The `OrganizationWriteRequest` schema, which the spec does not describe (`#/components/schemas/OrganizationWriteRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct OrganizationWriteRequest {
    /// The `slug` property, which the spec does not describe (`#/components/schemas/OrganizationWriteRequest/properties/slug`).
    pub slug: String,
    /// The `name` property, which the spec does not describe (`#/components/schemas/OrganizationWriteRequest/properties/name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/OrganizationWriteRequest/properties/description`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `contact` property, which the spec does not describe (`#/components/schemas/OrganizationWriteRequest/properties/contact`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<serde_json::Value>,
}

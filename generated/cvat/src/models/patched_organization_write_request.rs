// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedOrganizationWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedOrganizationWriteRequest`.

/// The `PatchedOrganizationWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PatchedOrganizationWriteRequest {
    /// The `slug` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/slug`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/description`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `contact` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/contact`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<serde_json::Value>,
}

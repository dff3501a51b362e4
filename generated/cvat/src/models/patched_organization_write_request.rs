// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedOrganizationWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedOrganizationWriteRequest`.

/// The `PatchedOrganizationWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedOrganizationWriteRequest {
    /// The `slug` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/slug`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/name`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/description`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `contact` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/contact`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<serde_json::Value>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedOrganizationWriteRequest {
        slug: optional::<Option<String>>("slug"),
        name: optional::<Option<String>>("name"),
        description: optional::<Option<String>>("description"),
        contact: optional::<Option<serde_json::Value>>("contact")
    }
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedOrganizationWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedOrganizationWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedOrganizationWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedOrganizationWriteRequest {
    /// The `slug` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/slug`).
    pub slug: Option<String>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/name`).
    pub name: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/description`).
    pub description: Option<String>,
    /// The `contact` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationWriteRequest/properties/contact`).
    pub contact: Option<serde_json::Value>,
}

serialize_struct!(
    runtime,
    PatchedOrganizationWriteRequest {
        slug: optional("slug"),
        name: optional("name"),
        description: optional("description"),
        contact: optional("contact")
    }
);

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

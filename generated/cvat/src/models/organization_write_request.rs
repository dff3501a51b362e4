// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`OrganizationWriteRequest`] and the types nested in it, from `#/components/schemas/OrganizationWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `OrganizationWriteRequest` schema, which the spec does not describe (`#/components/schemas/OrganizationWriteRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct OrganizationWriteRequest {
    /// The `slug` property, which the spec does not describe (`#/components/schemas/OrganizationWriteRequest/properties/slug`).
    pub slug: String,
    /// The `name` property, which the spec does not describe (`#/components/schemas/OrganizationWriteRequest/properties/name`).
    pub name: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/OrganizationWriteRequest/properties/description`).
    pub description: Option<String>,
    /// The `contact` property, which the spec does not describe (`#/components/schemas/OrganizationWriteRequest/properties/contact`).
    pub contact: Option<serde_json::Value>,
}

serialize_struct!(
    runtime,
    OrganizationWriteRequest {
        slug: required("slug"),
        name: optional("name"),
        description: optional("description"),
        contact: optional("contact")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    OrganizationWriteRequest {
        slug: required::<String>("slug"),
        name: optional::<Option<String>>("name"),
        description: optional::<Option<String>>("description"),
        contact: optional::<Option<serde_json::Value>>("contact")
    }
);

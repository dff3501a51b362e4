// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`OrganizationRequest`] and the types nested in it, from `#/components/schemas/OrganizationRequest`.

use crate::runtime::{self, serialize_struct};

/// The `OrganizationRequest` schema, which the spec does not describe (`#/components/schemas/OrganizationRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct OrganizationRequest {
    /// The `slug` property, which the spec does not describe (`#/components/schemas/OrganizationRequest/properties/slug`).
    pub slug: String,
    /// The `name` property, which the spec does not describe (`#/components/schemas/OrganizationRequest/properties/name`).
    pub name: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/OrganizationRequest/properties/description`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub description: Option<Option<String>>,
    /// The `contact` property, which the spec does not describe (`#/components/schemas/OrganizationRequest/properties/contact`).
    pub contact: Option<std::collections::BTreeMap<String, String>>,
}

serialize_struct!(
    runtime,
    OrganizationRequest {
        slug: required("slug"),
        name: optional("name"),
        description: nullable("description"),
        contact: optional("contact")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    OrganizationRequest {
        slug: required::<String>("slug"),
        name: optional::<Option<String>>("name"),
        description: nullable::<Option<String>>("description"),
        contact: optional::<Option<std::collections::BTreeMap<String, String>>>("contact")
    }
);

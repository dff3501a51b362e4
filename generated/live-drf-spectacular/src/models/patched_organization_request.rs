// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PatchedOrganizationRequest`] and the types nested in it, from `#/components/schemas/PatchedOrganizationRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedOrganizationRequest` schema, which the spec does not describe (`#/components/schemas/PatchedOrganizationRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedOrganizationRequest {
    /// The `slug` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationRequest/properties/slug`).
    pub slug: Option<String>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationRequest/properties/name`).
    pub name: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationRequest/properties/description`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub description: Option<Option<String>>,
    /// The `contact` property, which the spec does not describe (`#/components/schemas/PatchedOrganizationRequest/properties/contact`).
    pub contact: Option<std::collections::BTreeMap<String, String>>,
}

serialize_struct!(
    runtime,
    PatchedOrganizationRequest {
        slug: optional("slug"),
        name: optional("name"),
        description: nullable("description"),
        contact: optional("contact")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedOrganizationRequest {
        slug: optional::<Option<String>>("slug"),
        name: optional::<Option<String>>("name"),
        description: nullable::<Option<String>>("description"),
        contact: optional::<Option<std::collections::BTreeMap<String, String>>>("contact")
    }
);

// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`OrganizationRequest`] and the types nested in it, from `#/components/schemas/OrganizationRequest`.

/// The `OrganizationRequest` schema, which the spec does not describe (`#/components/schemas/OrganizationRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct OrganizationRequest {
    /// The `slug` property, which the spec does not describe (`#/components/schemas/OrganizationRequest/properties/slug`).
    pub slug: String,
    /// The `name` property, which the spec does not describe (`#/components/schemas/OrganizationRequest/properties/name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `description` property, which the spec does not describe (`#/components/schemas/OrganizationRequest/properties/description`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub description: Option<Option<String>>,
    /// The `contact` property, which the spec does not describe (`#/components/schemas/OrganizationRequest/properties/contact`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<std::collections::BTreeMap<String, String>>,
}

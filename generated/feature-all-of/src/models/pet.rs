// @generated from specs/features/all-of.yaml by the generator; do not edit.
//! [`Pet`] and the types nested in it, from `#/components/schemas/Pet`.

/// The base of every pet.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pet {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Pet/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Pet/properties/name`).
    pub name: String,
    /// An inline object, so a type named after its place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::PetOwner>,
}

/// An inline object, so a type named after its place.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PetOwner {
    /// The `email` property, which the spec does not describe (`#/components/schemas/Pet/properties/owner/properties/email`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

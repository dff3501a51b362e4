// @generated from specs/features/all-of.yaml by the generator; do not edit.
//! [`Pet`] and the types nested in it, from `#/components/schemas/Pet`.

use crate::runtime::{self, deserialize_struct};

/// The base of every pet.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Pet {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Pet/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Pet/properties/name`).
    pub name: String,
    /// An inline object, so a type named after its place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::PetOwner>,
}

deserialize_struct!(
    runtime,
    Pet {
        id: optional::<Option<i64>>("id"),
        name: required::<String>("name"),
        owner: optional::<Option<super::PetOwner>>("owner")
    }
);

/// An inline object, so a type named after its place.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PetOwner {
    /// The `email` property, which the spec does not describe (`#/components/schemas/Pet/properties/owner/properties/email`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

deserialize_struct!(runtime, PetOwner { email: optional::<Option<String>>("email") });

// @generated from specs/features/all-of.yaml by the generator; do not edit.
//! [`Pet`] and the types nested in it, from `#/components/schemas/Pet`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The base of every pet.
#[derive(Clone, Debug, PartialEq)]
pub struct Pet {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Pet/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Pet/properties/name`).
    pub name: String,
    /// An inline object, so a type named after its place.
    pub owner: Option<super::PetOwner>,
}

serialize_struct!(runtime, Pet { id: optional("id"), name: required("name"), owner: optional("owner") });

deserialize_struct!(
    runtime,
    Pet {
        id: optional::<Option<i64>>("id"),
        name: required::<String>("name"),
        owner: optional::<Option<super::PetOwner>>("owner")
    }
);

/// An inline object, so a type named after its place.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PetOwner {
    /// The `email` property, which the spec does not describe (`#/components/schemas/Pet/properties/owner/properties/email`).
    pub email: Option<String>,
}

serialize_struct!(runtime, PetOwner { email: optional("email") });

deserialize_struct!(runtime, PetOwner { email: optional::<Option<String>>("email") });

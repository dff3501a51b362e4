// @generated from specs/features/all-of.yaml by the generator; do not edit.
//! [`Dog`] and the types nested in it, from `#/components/schemas/Dog`.

use crate::runtime::{self, deserialize_struct};

/// A pet with dog things; its own properties come after the inherited ones.
#[derive(Clone, Debug, PartialEq)]
pub struct Dog {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Pet/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: i64,
    /// Refined by the dog part, in place.
    pub name: String,
    /// An inline object, so a type named after its place.
    pub owner: Option<super::PetOwner>,
    /// The `breed` property, which the spec does not describe (`#/components/schemas/Dog/allOf/1/properties/breed`).
    pub breed: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Dog { id: required("id"), name: required("name"), owner: optional("owner"), breed: required("breed") }
);

deserialize_struct!(
    runtime,
    Dog {
        id: required::<i64>("id"),
        name: required::<String>("name"),
        owner: optional::<Option<super::PetOwner>>("owner"),
        breed: required::<String>("breed")
    }
);

// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`Animal`] and the types nested in it, from `#/components/schemas/Animal`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `Animal` schema, which the spec does not describe (`#/definitions/Animal`).
#[derive(Clone, Debug, PartialEq)]
pub struct Animal {
    /// The `species` property, which the spec does not describe (`#/definitions/Animal/properties/species`).
    pub species: String,
}

serialize_struct!(runtime, Animal { species: required("species") });

deserialize_struct!(runtime, Animal { species: required::<String>("species") });

// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Dog`] and the types nested in it, from `#/components/schemas/Dog`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The `Dog` schema, which the spec does not describe (`#/components/schemas/Dog`).
#[derive(Clone, Debug, PartialEq)]
pub struct Dog {
    /// The `species` property, which the spec does not describe (`#/components/schemas/Dog/properties/species`).
    pub species: super::DogSpecies,
    /// The `good` property, which the spec does not describe (`#/components/schemas/Dog/properties/good`).
    pub good: bool,
}

serialize_struct!(runtime, Dog { species: required("species"), good: required("good") });

deserialize_struct!(runtime, Dog { species: required::<super::DogSpecies>("species"), good: required::<bool>("good") });

/// An inline schema, which the spec does not describe (`#/components/schemas/Dog/properties/species`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DogSpecies {
    /// `dog`
    Dog,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, DogSpecies, Unknown, Dog = "dog");

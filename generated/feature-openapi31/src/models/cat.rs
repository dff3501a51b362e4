// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Cat`] and the types nested in it, from `#/components/schemas/Cat`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The `Cat` schema, which the spec does not describe (`#/components/schemas/Cat`).
#[derive(Clone, Debug, PartialEq)]
pub struct Cat {
    /// The `species` property, which the spec does not describe (`#/components/schemas/Cat/properties/species`).
    pub species: super::CatSpecies,
    /// The `indoor` property, which the spec does not describe (`#/components/schemas/Cat/properties/indoor`).
    pub indoor: bool,
}

serialize_struct!(runtime, Cat { species: required("species"), indoor: required("indoor") });

deserialize_struct!(
    runtime,
    Cat { species: required::<super::CatSpecies>("species"), indoor: required::<bool>("indoor") }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/Cat/properties/species`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CatSpecies {
    /// `cat`
    Cat,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CatSpecies, Unknown, Cat = "cat");

// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`DogDetails`] and the types nested in it, from `#/components/schemas/DogDetails`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// DogDetails
#[derive(Clone, Debug, PartialEq)]
pub struct DogDetails {
    /// Kind
    pub kind: super::DogDetailsKind,
    /// Breed
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub breed: Option<Option<String>>,
    /// Good Boy
    pub good_boy: Option<bool>,
}

serialize_struct!(
    runtime,
    DogDetails { kind: required("kind"), breed: nullable("breed"), good_boy: optional("good_boy") }
);

deserialize_struct!(
    runtime,
    DogDetails {
        kind: required::<super::DogDetailsKind>("kind"),
        breed: nullable::<Option<String>>("breed"),
        good_boy: optional::<Option<bool>>("good_boy")
    }
);

/// Kind
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DogDetailsKind {
    /// `dog`
    Dog,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, DogDetailsKind, Unknown, Dog = "dog");

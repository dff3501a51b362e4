// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`DogDetails`] and the types nested in it, from `#/components/schemas/DogDetails`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// DogDetails
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DogDetails {
    /// Kind
    pub kind: super::DogDetailsKind,
    /// Breed
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub breed: Option<Option<String>>,
    /// Good Boy
    #[serde(skip_serializing_if = "Option::is_none")]
    pub good_boy: Option<bool>,
}

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

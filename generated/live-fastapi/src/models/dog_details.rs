// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`DogDetails`] and the types nested in it, from `#/components/schemas/DogDetails`.

use crate::runtime::{self, string_enum};

/// DogDetails
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DogDetails {
    /// Kind
    pub kind: super::DogDetailsKind,
    /// Breed
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub breed: Option<Option<String>>,
    /// Good Boy
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub good_boy: Option<bool>,
}

/// Kind
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DogDetailsKind {
    /// `dog`
    Dog,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, DogDetailsKind, Unknown, Dog = "dog");

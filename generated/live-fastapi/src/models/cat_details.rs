// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`CatDetails`] and the types nested in it, from `#/components/schemas/CatDetails`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// CatDetails
#[derive(Clone, Debug, PartialEq)]
pub struct CatDetails {
    /// Kind
    pub kind: super::CatDetailsKind,
    /// Indoor
    pub indoor: Option<bool>,
    /// Lives Left
    pub lives_left: Option<i64>,
}

serialize_struct!(
    runtime,
    CatDetails { kind: required("kind"), indoor: optional("indoor"), lives_left: optional("lives_left") }
);

deserialize_struct!(
    runtime,
    CatDetails {
        kind: required::<super::CatDetailsKind>("kind"),
        indoor: optional::<Option<bool>>("indoor"),
        lives_left: optional::<Option<i64>>("lives_left")
    }
);

/// Kind
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CatDetailsKind {
    /// `cat`
    Cat,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CatDetailsKind, Unknown, Cat = "cat");

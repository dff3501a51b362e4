// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`CatDetails`] and the types nested in it, from `#/components/schemas/CatDetails`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// CatDetails
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CatDetails {
    /// Kind
    pub kind: super::CatDetailsKind,
    /// Indoor
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indoor: Option<bool>,
    /// Lives Left
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lives_left: Option<i64>,
}

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

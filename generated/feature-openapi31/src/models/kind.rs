// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Kind`] and the types nested in it, from `#/components/schemas/Kind`.

use crate::runtime::{self, string_enum};

/// A `const` alone is a one-value enum.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `pet`
    Pet,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, Kind, Unknown, Pet = "pet");

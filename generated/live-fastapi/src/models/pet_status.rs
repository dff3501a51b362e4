// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`PetStatus`] and the types nested in it, from `#/components/schemas/PetStatus`.

use crate::runtime::{self, string_enum};

/// PetStatus
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PetStatus {
    /// `available`
    Available,
    /// `pending`
    Pending,
    /// `adopted`
    Adopted,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, PetStatus, Unknown, Available = "available", Pending = "pending", Adopted = "adopted");

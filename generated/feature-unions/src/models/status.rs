// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Status`] and the types nested in it, from `#/components/schemas/Status`.

use crate::runtime::{self, string_enum};

/// The `Status` schema, which the spec does not describe (`#/components/schemas/Status`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// `open`
    Open,
    /// `closed`
    Closed,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, Status, Unknown, Open = "open", Closed = "closed");

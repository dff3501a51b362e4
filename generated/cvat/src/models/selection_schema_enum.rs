// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SelectionSchemaEnum`] and the types nested in it, from `#/components/schemas/SelectionSchemaEnum`.

use crate::runtime::{self, string_enum};

/// * `email_address` - Email Address
/// * `lowest_weight` - Lowest Weight
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SelectionSchemaEnum {
    /// `email_address`
    EmailAddress,
    /// `lowest_weight`
    LowestWeight,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SelectionSchemaEnum, Unknown, EmailAddress = "email_address", LowestWeight = "lowest_weight");

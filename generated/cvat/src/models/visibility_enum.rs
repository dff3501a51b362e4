// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`VisibilityEnum`] and the types nested in it, from `#/components/schemas/VisibilityEnum`.

use crate::runtime::{self, string_enum};

/// * `public` - Public
/// * `private` - Private
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VisibilityEnum {
    /// `public`
    Public,
    /// `private`
    Private,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, VisibilityEnum, Unknown, Public = "public", Private = "private");

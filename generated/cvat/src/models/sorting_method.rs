// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SortingMethod`] and the types nested in it, from `#/components/schemas/SortingMethod`.

use crate::runtime::{self, string_enum};

/// * `lexicographical` - LEXICOGRAPHICAL
/// * `natural` - NATURAL
/// * `predefined` - PREDEFINED
/// * `random` - RANDOM
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SortingMethod {
    /// `lexicographical`
    Lexicographical,
    /// `natural`
    Natural,
    /// `predefined`
    Predefined,
    /// `random`
    Random,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    SortingMethod,
    Unknown,
    Lexicographical = "lexicographical",
    Natural = "natural",
    Predefined = "predefined",
    Random = "random"
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LimitTypeEnum`] and the types nested in it, from `#/components/schemas/LimitTypeEnum`.

use crate::runtime::{self, string_enum};

/// * `default` - DEFAULT
/// * `paid` - PAID
/// * `custom` - CUSTOM
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LimitTypeEnum {
    /// `default`
    Default,
    /// `paid`
    Paid,
    /// `custom`
    Custom,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, LimitTypeEnum, Unknown, Default = "default", Paid = "paid", Custom = "custom");

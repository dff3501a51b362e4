// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`GroupBaseTypeField`] and the types nested in it, from `#/components/schemas/Group--Base/properties/type`.

use crate::runtime::{self, string_enum};

/// The value will always be `group`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupBaseTypeField {
    /// `group`
    Group,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GroupBaseTypeField, Unknown, Group = "group");

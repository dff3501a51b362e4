// @generated from specs/box-seed.yaml by the generator; do not edit.
//! [`GroupBase`] and the types nested in it, from `#/components/schemas/Group--Base`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Group (Base)
///
/// A base representation of a group.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupBase {
    /// The unique identifier for this object.
    pub id: String,
    /// The value will always be `group`.
    pub r#type: super::GroupBaseTypeField,
}

serialize_struct!(runtime, GroupBase { id: required("id"), r#type: required("type") });

deserialize_struct!(
    runtime,
    GroupBase { id: required::<String>("id"), r#type: required::<super::GroupBaseTypeField>("type") }
);

/// The value will always be `group`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupBaseTypeField {
    /// `group`
    Group,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GroupBaseTypeField, Unknown, Group = "group");

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`GroupMini`] and the types nested in it, from `#/components/schemas/Group--Mini`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Group (Mini)
///
/// Mini representation of a group, including id and name of
/// group.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupMini {
    /// The unique identifier for this object.
    pub id: String,
    /// The value will always be `group`.
    pub r#type: super::GroupBaseTypeField,
    /// The name of the group.
    pub name: Option<String>,
    /// The type of the group.
    pub group_type: Option<super::GroupMiniGroupTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    GroupMini {
        id: required("id"),
        r#type: required("type"),
        name: optional("name"),
        group_type: optional("group_type")
    }
);

deserialize_struct!(
    runtime,
    GroupMini {
        id: required::<String>("id"),
        r#type: required::<super::GroupBaseTypeField>("type"),
        name: optional::<Option<String>>("name"),
        group_type: optional::<Option<super::GroupMiniGroupTypeField>>("group_type")
    }
);

/// The type of the group.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupMiniGroupTypeField {
    /// `managed_group`
    ManagedGroup,
    /// `all_users_group`
    AllUsersGroup,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    GroupMiniGroupTypeField,
    Unknown,
    ManagedGroup = "managed_group",
    AllUsersGroup = "all_users_group"
);

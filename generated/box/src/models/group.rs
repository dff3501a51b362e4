// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Group`] and the types nested in it, from `#/components/schemas/Group`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Group
///
/// A standard representation of a group, as returned from any
/// group API endpoints by default.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The unique identifier for this object.
    pub id: String,
    /// The value will always be `group`.
    pub r#type: super::GroupBaseTypeField,
    /// The name of the group.
    pub name: Option<String>,
    /// The type of the group.
    pub group_type: Option<super::GroupMiniGroupTypeField>,
    /// When the group object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the group object was last modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

serialize_struct!(
    runtime,
    Group {
        id: required("id"),
        r#type: required("type"),
        name: optional("name"),
        group_type: optional("group_type"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at")
    }
);

deserialize_struct!(
    runtime,
    Group {
        id: required::<String>("id"),
        r#type: required::<super::GroupBaseTypeField>("type"),
        name: optional::<Option<String>>("name"),
        group_type: optional::<Option<super::GroupMiniGroupTypeField>>("group_type"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at")
    }
);

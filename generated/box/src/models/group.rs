// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Group`] and the types nested in it, from `#/components/schemas/Group`.

use crate::runtime::{self, deserialize_struct};

/// Group
///
/// A standard representation of a group, as returned from any
/// group API endpoints by default.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Group {
    /// The unique identifier for this object.
    pub id: String,
    /// The value will always be `group`.
    pub r#type: super::GroupBaseTypeField,
    /// The name of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_type: Option<super::GroupMiniGroupTypeField>,
    /// When the group object was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the group object was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

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

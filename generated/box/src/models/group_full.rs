// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`GroupFull`] and the types nested in it, from `#/components/schemas/Group--Full`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Group (Full)
///
/// Groups contain a set of users, and can be used in place of
/// users in some operations, such as collaborations.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupFull {
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
    /// Keeps track of which external source this group is
    /// coming from (e.g. "Active Directory", "Google Groups",
    /// "Facebook Groups").  Setting this will
    /// also prevent Box users from editing the group name
    /// and its members directly via the Box web application.
    /// This is desirable for one-way syncing of groups.
    pub provenance: Option<String>,
    /// An arbitrary identifier that can be used by
    /// external group sync tools to link this Box Group to
    /// an external group. Example values of this field
    /// could be an Active Directory Object ID or a Google
    /// Group ID.  We recommend you use of this field in
    /// order to avoid issues when group names are updated in
    /// either Box or external systems.
    pub external_sync_identifier: Option<String>,
    /// Human readable description of the group.
    pub description: Option<String>,
    /// Specifies who can invite the group to collaborate
    /// on items.
    ///
    /// When set to `admins_only` the enterprise admin, co-admins,
    /// and the group's admin can invite the group.
    ///
    /// When set to `admins_and_members` all the admins listed
    /// above and group members can invite the group.
    ///
    /// When set to `all_managed_users` all managed users in the
    /// enterprise can invite the group.
    pub invitability_level: Option<super::GroupFullInvitabilityLevelField>,
    /// Specifies who can view the members of the group
    /// (Get Memberships for Group).
    ///
    /// * `admins_only` - the enterprise admin, co-admins, group's
    ///   group admin.
    /// * `admins_and_members` - all admins and group members.
    /// * `all_managed_users` - all managed users in the
    ///   enterprise.
    pub member_viewability_level: Option<super::GroupFullMemberViewabilityLevelField>,
    /// The `permissions` property, which the spec does not describe (`#/components/schemas/Group--Full/allOf/1/properties/permissions`).
    pub permissions: Option<super::GroupFullPermissionsField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    GroupFull {
        id: required("id"),
        r#type: required("type"),
        name: optional("name"),
        group_type: optional("group_type"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        provenance: optional("provenance"),
        external_sync_identifier: optional("external_sync_identifier"),
        description: optional("description"),
        invitability_level: optional("invitability_level"),
        member_viewability_level: optional("member_viewability_level"),
        permissions: optional("permissions")
    }
);

deserialize_struct!(
    runtime,
    GroupFull {
        id: required::<String>("id"),
        r#type: required::<super::GroupBaseTypeField>("type"),
        name: optional::<Option<String>>("name"),
        group_type: optional::<Option<super::GroupMiniGroupTypeField>>("group_type"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        provenance: optional::<Option<String>>("provenance"),
        external_sync_identifier: optional::<Option<String>>("external_sync_identifier"),
        description: optional::<Option<String>>("description"),
        invitability_level: optional::<Option<super::GroupFullInvitabilityLevelField>>("invitability_level"),
        member_viewability_level: optional::<Option<super::GroupFullMemberViewabilityLevelField>>(
            "member_viewability_level"
        ),
        permissions: optional::<Option<super::GroupFullPermissionsField>>("permissions")
    }
);

/// Specifies who can invite the group to collaborate
/// on items.
///
/// When set to `admins_only` the enterprise admin, co-admins,
/// and the group's admin can invite the group.
///
/// When set to `admins_and_members` all the admins listed
/// above and group members can invite the group.
///
/// When set to `all_managed_users` all managed users in the
/// enterprise can invite the group.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupFullInvitabilityLevelField {
    /// `admins_only`
    AdminsOnly,
    /// `admins_and_members`
    AdminsAndMembers,
    /// `all_managed_users`
    AllManagedUsers,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    GroupFullInvitabilityLevelField,
    Unknown,
    AdminsOnly = "admins_only",
    AdminsAndMembers = "admins_and_members",
    AllManagedUsers = "all_managed_users"
);

/// Specifies who can view the members of the group
/// (Get Memberships for Group).
///
/// * `admins_only` - the enterprise admin, co-admins, group's
///   group admin.
/// * `admins_and_members` - all admins and group members.
/// * `all_managed_users` - all managed users in the
///   enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupFullMemberViewabilityLevelField {
    /// `admins_only`
    AdminsOnly,
    /// `admins_and_members`
    AdminsAndMembers,
    /// `all_managed_users`
    AllManagedUsers,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    GroupFullMemberViewabilityLevelField,
    Unknown,
    AdminsOnly = "admins_only",
    AdminsAndMembers = "admins_and_members",
    AllManagedUsers = "all_managed_users"
);

/// The permissions that the authenticated user has for a group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupFullPermissionsField {
    /// Specifies if the user can invite the group to collaborate on any items.
    pub can_invite_as_collaborator: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    GroupFullPermissionsField { can_invite_as_collaborator: optional("can_invite_as_collaborator") }
);

deserialize_struct!(
    runtime,
    GroupFullPermissionsField { can_invite_as_collaborator: optional::<Option<bool>>("can_invite_as_collaborator") }
);

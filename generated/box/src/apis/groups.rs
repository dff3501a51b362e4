// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `groups` operations: [`GroupsManager`] and one request builder per operation.

use crate::models::{ClientError, GroupFull, Groups};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::groups`](crate::Client::groups) or [`GroupsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct GroupsManager<'a> {
    client: &'a Client,
}

impl<'a> GroupsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List groups for enterprise
    ///
    /// Retrieves all of the groups for a given enterprise. The user
    /// must have admin permissions to inspect enterprise's groups.
    ///
    /// `GET /groups`
    #[inline]
    pub fn get_groups(&self) -> GetGroups<'a> {
        GetGroups::new(self.client)
    }

    /// Create group
    ///
    /// Creates a new group of users in an enterprise. Only users with admin
    /// permissions can create new groups.
    ///
    /// `POST /groups`
    #[inline]
    pub fn create_group(&self, name: impl Into<String>) -> CreateGroup<'a> {
        CreateGroup::new(self.client, name)
    }

    /// Get group
    ///
    /// Retrieves information about a group. Only members of this
    /// group or users with admin-level permissions will be able to
    /// use this API.
    ///
    /// `GET /groups/{group_id}`
    #[inline]
    pub fn get_group_by_id(&self, group_id: impl AsRef<str>) -> GetGroupById<'a> {
        GetGroupById::new(self.client, group_id)
    }

    /// Update group
    ///
    /// Updates a specific group. Only admins of this
    /// group or users with admin-level permissions will be able to
    /// use this API.
    ///
    /// `PUT /groups/{group_id}`
    #[inline]
    pub fn update_group_by_id(&self, group_id: impl AsRef<str>) -> UpdateGroupById<'a> {
        UpdateGroupById::new(self.client, group_id)
    }

    /// Remove group
    ///
    /// Permanently deletes a group. Only users with
    /// admin-level permissions will be able to use this API.
    ///
    /// `DELETE /groups/{group_id}`
    #[inline]
    pub fn delete_group_by_id(&self, group_id: impl AsRef<str>) -> DeleteGroupById<'a> {
        DeleteGroupById::new(self.client, group_id)
    }
}

/// Request builder for [`GroupsManager::get_groups`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetGroups<'a> {
    call: Call<'a>,
}

impl<'a> GetGroups<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_groups",
            method: reqwest::Method::GET,
            path: "/groups",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Limits the results to only groups whose `name` starts
    /// with the search term.
    #[inline]
    pub fn filter_term(mut self, filter_term: impl AsRef<str>) -> Self {
        self.call.query("filter_term", filter_term.as_ref());
        self
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// The offset of the item at which to begin the response.
    ///
    /// Queries with offset parameter value
    /// exceeding 10000 will be rejected
    /// with a 400 response.
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        self.call.query("offset", &offset);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, GroupFull> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<Groups>)
    }
}

request_builder!(runtime, GetGroups => json Groups);

/// Request builder for [`GroupsManager::create_group`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateGroup<'a> {
    call: Call<'a>,
    body: CreateGroupRequestBody,
}

impl<'a> CreateGroup<'a> {
    #[inline]
    fn new(client: &'a Client, name: impl Into<String>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_groups",
            method: reqwest::Method::POST,
            path: "/groups",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self {
            call,
            body: CreateGroupRequestBody {
                name: name.into(),
                provenance: None,
                external_sync_identifier: None,
                description: None,
                invitability_level: None,
                member_viewability_level: None,
            },
        }
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// Keeps track of which external source this group is
    /// coming, for example `Active Directory`, or `Okta`.
    ///
    /// Setting this will also prevent Box admins from editing
    /// the group name and its members directly via the Box
    /// web application.
    ///
    /// This is desirable for one-way syncing of groups.
    #[inline]
    pub fn provenance(mut self, provenance: impl Into<String>) -> Self {
        self.body.provenance = Some(provenance.into());
        self
    }

    /// An arbitrary identifier that can be used by
    /// external group sync tools to link this Box Group to
    /// an external group.
    ///
    /// Example values of this field
    /// could be an **Active Directory Object ID** or a **Google
    /// Group ID**.
    ///
    /// We recommend you use of this field in
    /// order to avoid issues when group names are updated in
    /// either Box or external systems.
    #[inline]
    pub fn external_sync_identifier(mut self, external_sync_identifier: impl Into<String>) -> Self {
        self.body.external_sync_identifier = Some(external_sync_identifier.into());
        self
    }

    /// A human readable description of the group.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// Specifies who can invite the group to collaborate
    /// on folders.
    ///
    /// When set to `admins_only` the enterprise admin, co-admins,
    /// and the group's admin can invite the group.
    ///
    /// When set to `admins_and_members` all the admins listed
    /// above and group members can invite the group.
    ///
    /// When set to `all_managed_users` all managed users in the
    /// enterprise can invite the group.
    #[inline]
    pub fn invitability_level(mut self, invitability_level: CreateGroupInvitabilityLevel) -> Self {
        self.body.invitability_level = Some(invitability_level);
        self
    }

    /// Specifies who can see the members of the group.
    ///
    /// * `admins_only` - the enterprise admin, co-admins, group's
    ///   group admin.
    /// * `admins_and_members` - all admins and group members.
    /// * `all_managed_users` - all managed users in the
    ///   enterprise.
    #[inline]
    pub fn member_viewability_level(mut self, member_viewability_level: CreateGroupMemberViewabilityLevel) -> Self {
        self.body.member_viewability_level = Some(member_viewability_level);
        self
    }
}

request_builder!(runtime, CreateGroup(body) => json GroupFull);

/// Request builder for [`GroupsManager::get_group_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetGroupById<'a> {
    call: Call<'a>,
}

impl<'a> GetGroupById<'a> {
    #[inline]
    fn new(client: &'a Client, group_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_groups_id",
            method: reqwest::Method::GET,
            path: "/groups/{group_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("group_id", group_id.as_ref());
        Self { call }
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }
}

request_builder!(runtime, GetGroupById => json GroupFull);

/// Request builder for [`GroupsManager::update_group_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateGroupById<'a> {
    call: Call<'a>,
    body: UpdateGroupByIdRequestBody,
}

impl<'a> UpdateGroupById<'a> {
    #[inline]
    fn new(client: &'a Client, group_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_groups_id",
            method: reqwest::Method::PUT,
            path: "/groups/{group_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("group_id", group_id.as_ref());
        Self {
            call,
            body: UpdateGroupByIdRequestBody {
                name: None,
                provenance: None,
                external_sync_identifier: None,
                description: None,
                invitability_level: None,
                member_viewability_level: None,
            },
        }
    }

    /// A comma-separated list of attributes to include in the
    /// response. This can be used to request fields that are
    /// not normally returned in a standard response.
    ///
    /// Be aware that specifying this parameter will have the
    /// effect that none of the standard fields are returned in
    /// the response unless explicitly specified, instead only
    /// fields for the mini representation are returned, additional
    /// to the fields requested.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// The name of the new group to be created. Must be unique within the
    /// enterprise.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// Keeps track of which external source this group is
    /// coming, for example `Active Directory`, or `Okta`.
    ///
    /// Setting this will also prevent Box admins from editing
    /// the group name and its members directly via the Box
    /// web application.
    ///
    /// This is desirable for one-way syncing of groups.
    #[inline]
    pub fn provenance(mut self, provenance: impl Into<String>) -> Self {
        self.body.provenance = Some(provenance.into());
        self
    }

    /// An arbitrary identifier that can be used by
    /// external group sync tools to link this Box Group to
    /// an external group.
    ///
    /// Example values of this field
    /// could be an **Active Directory Object ID** or a **Google
    /// Group ID**.
    ///
    /// We recommend you use of this field in
    /// order to avoid issues when group names are updated in
    /// either Box or external systems.
    #[inline]
    pub fn external_sync_identifier(mut self, external_sync_identifier: impl Into<String>) -> Self {
        self.body.external_sync_identifier = Some(external_sync_identifier.into());
        self
    }

    /// A human readable description of the group.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// Specifies who can invite the group to collaborate
    /// on folders.
    ///
    /// When set to `admins_only` the enterprise admin, co-admins,
    /// and the group's admin can invite the group.
    ///
    /// When set to `admins_and_members` all the admins listed
    /// above and group members can invite the group.
    ///
    /// When set to `all_managed_users` all managed users in the
    /// enterprise can invite the group.
    #[inline]
    pub fn invitability_level(mut self, invitability_level: UpdateGroupByIdInvitabilityLevel) -> Self {
        self.body.invitability_level = Some(invitability_level);
        self
    }

    /// Specifies who can see the members of the group.
    ///
    /// * `admins_only` - the enterprise admin, co-admins, group's
    ///   group admin.
    /// * `admins_and_members` - all admins and group members.
    /// * `all_managed_users` - all managed users in the
    ///   enterprise.
    #[inline]
    pub fn member_viewability_level(mut self, member_viewability_level: UpdateGroupByIdMemberViewabilityLevel) -> Self {
        self.body.member_viewability_level = Some(member_viewability_level);
        self
    }
}

request_builder!(runtime, UpdateGroupById(body) => json GroupFull);

/// Request builder for [`GroupsManager::delete_group_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteGroupById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteGroupById<'a> {
    #[inline]
    fn new(client: &'a Client, group_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_groups_id",
            method: reqwest::Method::DELETE,
            path: "/groups/{group_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("group_id", group_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteGroupById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1groups/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateGroupRequestBody {
    /// The name of the new group to be created. This name must be unique
    /// within the enterprise.
    pub name: String,
    /// Keeps track of which external source this group is
    /// coming, for example `Active Directory`, or `Okta`.
    ///
    /// Setting this will also prevent Box admins from editing
    /// the group name and its members directly via the Box
    /// web application.
    ///
    /// This is desirable for one-way syncing of groups.
    pub provenance: Option<String>,
    /// An arbitrary identifier that can be used by
    /// external group sync tools to link this Box Group to
    /// an external group.
    ///
    /// Example values of this field
    /// could be an **Active Directory Object ID** or a **Google
    /// Group ID**.
    ///
    /// We recommend you use of this field in
    /// order to avoid issues when group names are updated in
    /// either Box or external systems.
    pub external_sync_identifier: Option<String>,
    /// A human readable description of the group.
    pub description: Option<String>,
    /// Specifies who can invite the group to collaborate
    /// on folders.
    ///
    /// When set to `admins_only` the enterprise admin, co-admins,
    /// and the group's admin can invite the group.
    ///
    /// When set to `admins_and_members` all the admins listed
    /// above and group members can invite the group.
    ///
    /// When set to `all_managed_users` all managed users in the
    /// enterprise can invite the group.
    pub invitability_level: Option<CreateGroupInvitabilityLevel>,
    /// Specifies who can see the members of the group.
    ///
    /// * `admins_only` - the enterprise admin, co-admins, group's
    ///   group admin.
    /// * `admins_and_members` - all admins and group members.
    /// * `all_managed_users` - all managed users in the
    ///   enterprise.
    pub member_viewability_level: Option<CreateGroupMemberViewabilityLevel>,
}

serialize_struct!(
    runtime,
    CreateGroupRequestBody {
        name: required("name"),
        provenance: optional("provenance"),
        external_sync_identifier: optional("external_sync_identifier"),
        description: optional("description"),
        invitability_level: optional("invitability_level"),
        member_viewability_level: optional("member_viewability_level")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateGroupRequestBody {
        name: required::<String>("name"),
        provenance: optional::<Option<String>>("provenance"),
        external_sync_identifier: optional::<Option<String>>("external_sync_identifier"),
        description: optional::<Option<String>>("description"),
        invitability_level: optional::<Option<CreateGroupInvitabilityLevel>>("invitability_level"),
        member_viewability_level: optional::<Option<CreateGroupMemberViewabilityLevel>>("member_viewability_level")
    }
);

/// Specifies who can invite the group to collaborate
/// on folders.
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
pub enum CreateGroupInvitabilityLevel {
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
    CreateGroupInvitabilityLevel,
    Unknown,
    AdminsOnly = "admins_only",
    AdminsAndMembers = "admins_and_members",
    AllManagedUsers = "all_managed_users"
);

/// Specifies who can see the members of the group.
///
/// * `admins_only` - the enterprise admin, co-admins, group's
///   group admin.
/// * `admins_and_members` - all admins and group members.
/// * `all_managed_users` - all managed users in the
///   enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateGroupMemberViewabilityLevel {
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
    CreateGroupMemberViewabilityLevel,
    Unknown,
    AdminsOnly = "admins_only",
    AdminsAndMembers = "admins_and_members",
    AllManagedUsers = "all_managed_users"
);

/// An inline schema, which the spec does not describe (`#/paths/~1groups~1{group_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateGroupByIdRequestBody {
    /// The name of the new group to be created. Must be unique within the
    /// enterprise.
    pub name: Option<String>,
    /// Keeps track of which external source this group is
    /// coming, for example `Active Directory`, or `Okta`.
    ///
    /// Setting this will also prevent Box admins from editing
    /// the group name and its members directly via the Box
    /// web application.
    ///
    /// This is desirable for one-way syncing of groups.
    pub provenance: Option<String>,
    /// An arbitrary identifier that can be used by
    /// external group sync tools to link this Box Group to
    /// an external group.
    ///
    /// Example values of this field
    /// could be an **Active Directory Object ID** or a **Google
    /// Group ID**.
    ///
    /// We recommend you use of this field in
    /// order to avoid issues when group names are updated in
    /// either Box or external systems.
    pub external_sync_identifier: Option<String>,
    /// A human readable description of the group.
    pub description: Option<String>,
    /// Specifies who can invite the group to collaborate
    /// on folders.
    ///
    /// When set to `admins_only` the enterprise admin, co-admins,
    /// and the group's admin can invite the group.
    ///
    /// When set to `admins_and_members` all the admins listed
    /// above and group members can invite the group.
    ///
    /// When set to `all_managed_users` all managed users in the
    /// enterprise can invite the group.
    pub invitability_level: Option<UpdateGroupByIdInvitabilityLevel>,
    /// Specifies who can see the members of the group.
    ///
    /// * `admins_only` - the enterprise admin, co-admins, group's
    ///   group admin.
    /// * `admins_and_members` - all admins and group members.
    /// * `all_managed_users` - all managed users in the
    ///   enterprise.
    pub member_viewability_level: Option<UpdateGroupByIdMemberViewabilityLevel>,
}

serialize_struct!(
    runtime,
    UpdateGroupByIdRequestBody {
        name: optional("name"),
        provenance: optional("provenance"),
        external_sync_identifier: optional("external_sync_identifier"),
        description: optional("description"),
        invitability_level: optional("invitability_level"),
        member_viewability_level: optional("member_viewability_level")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateGroupByIdRequestBody {
        name: optional::<Option<String>>("name"),
        provenance: optional::<Option<String>>("provenance"),
        external_sync_identifier: optional::<Option<String>>("external_sync_identifier"),
        description: optional::<Option<String>>("description"),
        invitability_level: optional::<Option<UpdateGroupByIdInvitabilityLevel>>("invitability_level"),
        member_viewability_level: optional::<Option<UpdateGroupByIdMemberViewabilityLevel>>("member_viewability_level")
    }
);

/// Specifies who can invite the group to collaborate
/// on folders.
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
pub enum UpdateGroupByIdInvitabilityLevel {
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
    UpdateGroupByIdInvitabilityLevel,
    Unknown,
    AdminsOnly = "admins_only",
    AdminsAndMembers = "admins_and_members",
    AllManagedUsers = "all_managed_users"
);

/// Specifies who can see the members of the group.
///
/// * `admins_only` - the enterprise admin, co-admins, group's
///   group admin.
/// * `admins_and_members` - all admins and group members.
/// * `all_managed_users` - all managed users in the
///   enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateGroupByIdMemberViewabilityLevel {
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
    UpdateGroupByIdMemberViewabilityLevel,
    Unknown,
    AdminsOnly = "admins_only",
    AdminsAndMembers = "admins_and_members",
    AllManagedUsers = "all_managed_users"
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `memberships` operations: [`MembershipsManager`] and one request builder per operation.

use crate::models::{ClientError, GroupMembership, GroupMemberships};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::memberships`](crate::Client::memberships) or [`MembershipsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct MembershipsManager<'a> {
    client: &'a Client,
}

impl<'a> MembershipsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List user's groups
    ///
    /// Retrieves all the groups for a user. Only members of this
    /// group or users with admin-level permissions will be able to
    /// use this API.
    ///
    /// `GET /users/{user_id}/memberships`
    #[inline]
    pub fn get_user_memberships(&self, user_id: impl AsRef<str>) -> GetUserMemberships<'a> {
        GetUserMemberships::new(self.client, user_id)
    }

    /// List members of group
    ///
    /// Retrieves all the members for a group. Only members of this
    /// group or users with admin-level permissions will be able to
    /// use this API.
    ///
    /// `GET /groups/{group_id}/memberships`
    #[inline]
    pub fn get_group_memberships(&self, group_id: impl AsRef<str>) -> GetGroupMemberships<'a> {
        GetGroupMemberships::new(self.client, group_id)
    }

    /// Add user to group
    ///
    /// Creates a group membership. Only users with
    /// admin-level permissions will be able to use this API.
    ///
    /// `POST /group_memberships`
    #[inline]
    pub fn create_group_membership(
        &self,
        user: CreateGroupMembershipUser,
        group: CreateGroupMembershipGroup,
    ) -> CreateGroupMembership<'a> {
        CreateGroupMembership::new(self.client, user, group)
    }

    /// Get group membership
    ///
    /// Retrieves a specific group membership. Only admins of this
    /// group or users with admin-level permissions will be able to
    /// use this API.
    ///
    /// `GET /group_memberships/{group_membership_id}`
    #[inline]
    pub fn get_group_membership_by_id(&self, group_membership_id: impl AsRef<str>) -> GetGroupMembershipById<'a> {
        GetGroupMembershipById::new(self.client, group_membership_id)
    }

    /// Update group membership
    ///
    /// Updates a user's group membership. Only admins of this
    /// group or users with admin-level permissions will be able to
    /// use this API.
    ///
    /// `PUT /group_memberships/{group_membership_id}`
    #[inline]
    pub fn update_group_membership_by_id(&self, group_membership_id: impl AsRef<str>) -> UpdateGroupMembershipById<'a> {
        UpdateGroupMembershipById::new(self.client, group_membership_id)
    }

    /// Remove user from group
    ///
    /// Deletes a specific group membership. Only admins of this
    /// group or users with admin-level permissions will be able to
    /// use this API.
    ///
    /// `DELETE /group_memberships/{group_membership_id}`
    #[inline]
    pub fn delete_group_membership_by_id(&self, group_membership_id: impl AsRef<str>) -> DeleteGroupMembershipById<'a> {
        DeleteGroupMembershipById::new(self.client, group_membership_id)
    }
}

/// Request builder for [`MembershipsManager::get_user_memberships`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetUserMemberships<'a> {
    call: Call<'a>,
}

impl<'a> GetUserMemberships<'a> {
    #[inline]
    fn new(client: &'a Client, user_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_users_id_memberships",
            method: reqwest::Method::GET,
            path: "/users/{user_id}/memberships",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("user_id", user_id.as_ref());
        Self { call }
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
    pub fn into_stream(self) -> Paginator<'a, GroupMembership> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<GroupMemberships>)
    }
}

request_builder!(runtime, GetUserMemberships => json GroupMemberships);

/// Request builder for [`MembershipsManager::get_group_memberships`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetGroupMemberships<'a> {
    call: Call<'a>,
}

impl<'a> GetGroupMemberships<'a> {
    #[inline]
    fn new(client: &'a Client, group_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_groups_id_memberships",
            method: reqwest::Method::GET,
            path: "/groups/{group_id}/memberships",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("group_id", group_id.as_ref());
        Self { call }
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
    pub fn into_stream(self) -> Paginator<'a, GroupMembership> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<GroupMemberships>)
    }
}

request_builder!(runtime, GetGroupMemberships => json GroupMemberships);

/// Request builder for [`MembershipsManager::create_group_membership`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateGroupMembership<'a> {
    call: Call<'a>,
    body: CreateGroupMembershipRequestBody,
}

impl<'a> CreateGroupMembership<'a> {
    #[inline]
    fn new(client: &'a Client, user: CreateGroupMembershipUser, group: CreateGroupMembershipGroup) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_group_memberships",
            method: reqwest::Method::POST,
            path: "/group_memberships",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self {
            call,
            body: CreateGroupMembershipRequestBody { user, group, role: None, configurable_permissions: None },
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

    /// The role of the user in the group.
    #[inline]
    pub fn role(mut self, role: CreateGroupMembershipRole) -> Self {
        self.body.role = Some(role);
        self
    }

    /// Custom configuration for the permissions an admin
    /// if a group will receive. This option has no effect
    /// on members with a role of `member`.
    ///
    /// Setting these permissions overwrites the default
    /// access levels of an admin.
    ///
    /// Specifying a value of `null` for this object will disable
    /// all configurable permissions. Specifying permissions will set
    /// them accordingly, omitted permissions will be enabled by default.
    #[inline]
    pub fn configurable_permissions(
        mut self,
        configurable_permissions: Option<std::collections::BTreeMap<String, bool>>,
    ) -> Self {
        self.body.configurable_permissions = Some(configurable_permissions);
        self
    }
}

request_builder!(runtime, CreateGroupMembership(body) => json GroupMembership);

/// Request builder for [`MembershipsManager::get_group_membership_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetGroupMembershipById<'a> {
    call: Call<'a>,
}

impl<'a> GetGroupMembershipById<'a> {
    #[inline]
    fn new(client: &'a Client, group_membership_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_group_memberships_id",
            method: reqwest::Method::GET,
            path: "/group_memberships/{group_membership_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("group_membership_id", group_membership_id.as_ref());
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

request_builder!(runtime, GetGroupMembershipById => json GroupMembership);

/// Request builder for [`MembershipsManager::update_group_membership_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateGroupMembershipById<'a> {
    call: Call<'a>,
    body: UpdateGroupMembershipByIdRequestBody,
}

impl<'a> UpdateGroupMembershipById<'a> {
    #[inline]
    fn new(client: &'a Client, group_membership_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_group_memberships_id",
            method: reqwest::Method::PUT,
            path: "/group_memberships/{group_membership_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("group_membership_id", group_membership_id.as_ref());
        Self { call, body: UpdateGroupMembershipByIdRequestBody { role: None, configurable_permissions: None } }
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

    /// The role of the user in the group.
    #[inline]
    pub fn role(mut self, role: UpdateGroupMembershipByIdRole) -> Self {
        self.body.role = Some(role);
        self
    }

    /// Custom configuration for the permissions an admin
    /// if a group will receive. This option has no effect
    /// on members with a role of `member`.
    ///
    /// Setting these permissions overwrites the default
    /// access levels of an admin.
    ///
    /// Specifying a value of `null` for this object will disable
    /// all configurable permissions. Specifying permissions will set
    /// them accordingly, omitted permissions will be enabled by default.
    #[inline]
    pub fn configurable_permissions(
        mut self,
        configurable_permissions: Option<std::collections::BTreeMap<String, bool>>,
    ) -> Self {
        self.body.configurable_permissions = Some(configurable_permissions);
        self
    }
}

request_builder!(runtime, UpdateGroupMembershipById(body) => json GroupMembership);

/// Request builder for [`MembershipsManager::delete_group_membership_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteGroupMembershipById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteGroupMembershipById<'a> {
    #[inline]
    fn new(client: &'a Client, group_membership_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_group_memberships_id",
            method: reqwest::Method::DELETE,
            path: "/group_memberships/{group_membership_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("group_membership_id", group_membership_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteGroupMembershipById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1group_memberships/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateGroupMembershipRequestBody {
    /// The user to add to the group.
    pub user: CreateGroupMembershipUser,
    /// The group to add the user to.
    pub group: CreateGroupMembershipGroup,
    /// The role of the user in the group.
    pub role: Option<CreateGroupMembershipRole>,
    /// Custom configuration for the permissions an admin
    /// if a group will receive. This option has no effect
    /// on members with a role of `member`.
    ///
    /// Setting these permissions overwrites the default
    /// access levels of an admin.
    ///
    /// Specifying a value of `null` for this object will disable
    /// all configurable permissions. Specifying permissions will set
    /// them accordingly, omitted permissions will be enabled by default.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub configurable_permissions: Option<Option<std::collections::BTreeMap<String, bool>>>,
}

serialize_struct!(
    runtime,
    CreateGroupMembershipRequestBody {
        user: required("user"),
        group: required("group"),
        role: optional("role"),
        configurable_permissions: nullable("configurable_permissions")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateGroupMembershipRequestBody {
        user: required::<CreateGroupMembershipUser>("user"),
        group: required::<CreateGroupMembershipGroup>("group"),
        role: optional::<Option<CreateGroupMembershipRole>>("role"),
        configurable_permissions: nullable::<Option<std::collections::BTreeMap<String, bool>>>(
            "configurable_permissions"
        )
    }
);

/// The user to add to the group.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateGroupMembershipUser {
    /// The ID of the user to add to the group.
    pub id: String,
}

serialize_struct!(runtime, CreateGroupMembershipUser { id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(crate::runtime, CreateGroupMembershipUser { id: required::<String>("id") });

/// The group to add the user to.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateGroupMembershipGroup {
    /// The ID of the group to add the user to.
    pub id: String,
}

serialize_struct!(runtime, CreateGroupMembershipGroup { id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(crate::runtime, CreateGroupMembershipGroup { id: required::<String>("id") });

/// The role of the user in the group.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateGroupMembershipRole {
    /// `member`
    Member,
    /// `admin`
    Admin,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateGroupMembershipRole, Unknown, Member = "member", Admin = "admin");

/// An inline schema, which the spec does not describe (`#/paths/~1group_memberships~1{group_membership_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateGroupMembershipByIdRequestBody {
    /// The role of the user in the group.
    pub role: Option<UpdateGroupMembershipByIdRole>,
    /// Custom configuration for the permissions an admin
    /// if a group will receive. This option has no effect
    /// on members with a role of `member`.
    ///
    /// Setting these permissions overwrites the default
    /// access levels of an admin.
    ///
    /// Specifying a value of `null` for this object will disable
    /// all configurable permissions. Specifying permissions will set
    /// them accordingly, omitted permissions will be enabled by default.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub configurable_permissions: Option<Option<std::collections::BTreeMap<String, bool>>>,
}

serialize_struct!(
    runtime,
    UpdateGroupMembershipByIdRequestBody {
        role: optional("role"),
        configurable_permissions: nullable("configurable_permissions")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateGroupMembershipByIdRequestBody {
        role: optional::<Option<UpdateGroupMembershipByIdRole>>("role"),
        configurable_permissions: nullable::<Option<std::collections::BTreeMap<String, bool>>>(
            "configurable_permissions"
        )
    }
);

/// The role of the user in the group.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateGroupMembershipByIdRole {
    /// `member`
    Member,
    /// `admin`
    Admin,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateGroupMembershipByIdRole, Unknown, Member = "member", Admin = "admin");

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `user_collaborations` operations: [`UserCollaborationsManager`] and one request builder per operation.

use crate::models::{ClientError, Collaboration};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, Error, RawResponse, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::user_collaborations`](crate::Client::user_collaborations) or [`UserCollaborationsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct UserCollaborationsManager<'a> {
    client: &'a Client,
}

impl<'a> UserCollaborationsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Get collaboration
    ///
    /// Retrieves a single collaboration.
    ///
    /// `GET /collaborations/{collaboration_id}`
    #[inline]
    pub fn get_collaboration_by_id(&self, collaboration_id: impl AsRef<str>) -> GetCollaborationById<'a> {
        GetCollaborationById::new(self.client, collaboration_id)
    }

    /// Update collaboration
    ///
    /// Updates a collaboration.
    /// Can be used to change the owner of an item, or to
    /// accept collaboration invites. In case of accepting collaboration invite, role is not required.
    ///
    /// `PUT /collaborations/{collaboration_id}`
    #[inline]
    pub fn update_collaboration_by_id(&self, collaboration_id: impl AsRef<str>) -> UpdateCollaborationById<'a> {
        UpdateCollaborationById::new(self.client, collaboration_id)
    }

    /// Remove collaboration
    ///
    /// Deletes a single collaboration.
    ///
    /// `DELETE /collaborations/{collaboration_id}`
    #[inline]
    pub fn delete_collaboration_by_id(&self, collaboration_id: impl AsRef<str>) -> DeleteCollaborationById<'a> {
        DeleteCollaborationById::new(self.client, collaboration_id)
    }

    /// Create collaboration
    ///
    /// Adds a collaboration for a single user or a single group to a file
    /// or folder.
    ///
    /// Collaborations can be created using email address, user IDs, or a
    /// group IDs.
    ///
    /// If a collaboration is being created with a group, access to
    /// this endpoint is dependent on the group's ability to be invited.
    ///
    /// If collaboration is in `pending` status, field `name` is redacted when:
    /// - a collaboration was created using `user_id`,
    /// - a collaboration was created using `login`.
    ///
    /// `POST /collaborations`
    #[inline]
    pub fn create_collaboration(
        &self,
        item: CreateCollaborationItem,
        accessible_by: CreateCollaborationAccessibleBy,
        role: CreateCollaborationRole,
    ) -> CreateCollaboration<'a> {
        CreateCollaboration::new(self.client, item, accessible_by, role)
    }
}

/// Request builder for [`UserCollaborationsManager::get_collaboration_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollaborationById<'a> {
    call: Call<'a>,
}

impl<'a> GetCollaborationById<'a> {
    #[inline]
    fn new(client: &'a Client, collaboration_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_collaborations_id",
            method: reqwest::Method::GET,
            path: "/collaborations/{collaboration_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("collaboration_id", collaboration_id.as_ref());
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

request_builder!(runtime, GetCollaborationById => json Collaboration);

/// Request builder for [`UserCollaborationsManager::update_collaboration_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateCollaborationById<'a> {
    call: Call<'a>,
    body: UpdateCollaborationByIdRequestBody,
}

impl<'a> UpdateCollaborationById<'a> {
    #[inline]
    fn new(client: &'a Client, collaboration_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_collaborations_id",
            method: reqwest::Method::PUT,
            path: "/collaborations/{collaboration_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("collaboration_id", collaboration_id.as_ref());
        Self {
            call,
            body: UpdateCollaborationByIdRequestBody {
                role: None,
                status: None,
                expires_at: None,
                can_view_path: None,
            },
        }
    }

    /// The level of access granted.
    #[inline]
    pub fn role(mut self, role: UpdateCollaborationByIdRole) -> Self {
        self.body.role = Some(role);
        self
    }

    /// Set the status of a `pending` collaboration invitation,
    /// effectively accepting, or rejecting the invite.
    #[inline]
    pub fn status(mut self, status: UpdateCollaborationByIdStatus) -> Self {
        self.body.status = Some(status);
        self
    }

    /// Update the expiration date for the collaboration. At this date,
    /// the collaboration will be automatically removed from the item.
    ///
    /// This feature will only work if the **Automatically remove invited
    /// collaborators: Allow folder owners to extend the expiry date**
    /// setting has been enabled in the **Enterprise Settings**
    /// of the **Admin Console**. When the setting is not enabled,
    /// collaborations can not have an expiry date and a value for this
    /// field will be result in an error.
    ///
    /// Additionally, a collaboration can only be given an
    /// expiration if it was created after the **Automatically remove
    /// invited collaborator** setting was enabled.
    #[inline]
    pub fn expires_at(mut self, expires_at: chrono::DateTime<chrono::Utc>) -> Self {
        self.body.expires_at = Some(expires_at);
        self
    }

    /// Determines if the invited users can see the entire parent path to
    /// the associated folder. The user will not gain privileges in any
    /// parent folder and therefore can not see content the user is not
    /// collaborated on.
    ///
    /// Be aware that this meaningfully increases the time required to load the
    /// invitee's **All Files** page. We recommend you limit the number of
    /// collaborations with `can_view_path` enabled to 1,000 per user.
    ///
    /// Only an owner or co-owners can invite collaborators with a `can_view_path` of
    /// `true`. Only an owner can update `can_view_path` on existing collaborations.
    ///
    /// `can_view_path` can only be used for folder collaborations.
    ///
    /// When you delete a folder with `can_view_path=true`, collaborators may still see the parent path.
    /// For instructions on how to remove this, see
    /// [Even though a folder invited via can_view_path is deleted, the path remains displayed](https://support.box.com/hc/en-us/articles/37472814319891-Even-though-a-folder-invited-via-can-view-path-is-deleted-the-path-remains-displayed).
    #[inline]
    pub fn can_view_path(mut self, can_view_path: bool) -> Self {
        self.body.can_view_path = Some(can_view_path);
        self
    }
}

request_builder!(
    runtime, UpdateCollaborationById(body) => outcomes UpdateCollaborationByIdResponse
);

/// Request builder for [`UserCollaborationsManager::delete_collaboration_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteCollaborationById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteCollaborationById<'a> {
    #[inline]
    fn new(client: &'a Client, collaboration_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_collaborations_id",
            method: reqwest::Method::DELETE,
            path: "/collaborations/{collaboration_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("collaboration_id", collaboration_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteCollaborationById => empty);

/// Request builder for [`UserCollaborationsManager::create_collaboration`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateCollaboration<'a> {
    call: Call<'a>,
    body: CreateCollaborationRequestBody,
}

impl<'a> CreateCollaboration<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        item: CreateCollaborationItem,
        accessible_by: CreateCollaborationAccessibleBy,
        role: CreateCollaborationRole,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_collaborations",
            method: reqwest::Method::POST,
            path: "/collaborations",
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
            body: CreateCollaborationRequestBody {
                item,
                accessible_by,
                role,
                is_access_only: None,
                can_view_path: None,
                expires_at: None,
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

    /// Determines if users should receive email notification
    /// for the action performed.
    #[inline]
    pub fn notify(mut self, notify: bool) -> Self {
        self.call.query("notify", &notify);
        self
    }

    /// If set to `true`, collaborators have access to
    /// shared items, but such items won't be visible in the
    /// All Files list. Additionally, collaborators won't
    /// see the path to the root folder for the
    /// shared item.
    #[inline]
    pub fn is_access_only(mut self, is_access_only: bool) -> Self {
        self.body.is_access_only = Some(is_access_only);
        self
    }

    /// Determines if the invited users can see the entire parent path to
    /// the associated folder. The user will not gain privileges in any
    /// parent folder and therefore can not see content the user is not
    /// collaborated on.
    ///
    /// Be aware that this meaningfully increases the time required to load the
    /// invitee's **All Files** page. We recommend you limit the number of
    /// collaborations with `can_view_path` enabled to 1,000 per user.
    ///
    /// Only an owner or co-owners can invite collaborators with a `can_view_path` of
    /// `true`. Only an owner can update `can_view_path` on existing collaborations.
    ///
    /// `can_view_path` can only be used for folder collaborations.
    ///
    /// When you delete a folder with `can_view_path=true`, collaborators may still see the parent path.
    /// For instructions on how to remove this, see
    /// [Even though a folder invited via can_view_path is deleted, the path remains displayed](https://support.box.com/hc/en-us/articles/37472814319891-Even-though-a-folder-invited-via-can-view-path-is-deleted-the-path-remains-displayed).
    #[inline]
    pub fn can_view_path(mut self, can_view_path: bool) -> Self {
        self.body.can_view_path = Some(can_view_path);
        self
    }

    /// Set the expiration date for the collaboration. At this date, the
    /// collaboration will be automatically removed from the item.
    ///
    /// This feature will only work if the **Automatically remove invited
    /// collaborators: Allow folder owners to extend the expiry date**
    /// setting has been enabled in the **Enterprise Settings**
    /// of the **Admin Console**. When the setting is not enabled,
    /// collaborations can not have an expiry date and a value for this
    /// field will be result in an error.
    #[inline]
    pub fn expires_at(mut self, expires_at: chrono::DateTime<chrono::Utc>) -> Self {
        self.body.expires_at = Some(expires_at);
        self
    }
}

request_builder!(runtime, CreateCollaboration(body) => json Collaboration);

/// An inline schema, which the spec does not describe (`#/paths/~1collaborations~1{collaboration_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateCollaborationByIdRequestBody {
    /// The level of access granted.
    pub role: Option<UpdateCollaborationByIdRole>,
    /// Set the status of a `pending` collaboration invitation,
    /// effectively accepting, or rejecting the invite.
    pub status: Option<UpdateCollaborationByIdStatus>,
    /// Update the expiration date for the collaboration. At this date,
    /// the collaboration will be automatically removed from the item.
    ///
    /// This feature will only work if the **Automatically remove invited
    /// collaborators: Allow folder owners to extend the expiry date**
    /// setting has been enabled in the **Enterprise Settings**
    /// of the **Admin Console**. When the setting is not enabled,
    /// collaborations can not have an expiry date and a value for this
    /// field will be result in an error.
    ///
    /// Additionally, a collaboration can only be given an
    /// expiration if it was created after the **Automatically remove
    /// invited collaborator** setting was enabled.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Determines if the invited users can see the entire parent path to
    /// the associated folder. The user will not gain privileges in any
    /// parent folder and therefore can not see content the user is not
    /// collaborated on.
    ///
    /// Be aware that this meaningfully increases the time required to load the
    /// invitee's **All Files** page. We recommend you limit the number of
    /// collaborations with `can_view_path` enabled to 1,000 per user.
    ///
    /// Only an owner or co-owners can invite collaborators with a `can_view_path` of
    /// `true`. Only an owner can update `can_view_path` on existing collaborations.
    ///
    /// `can_view_path` can only be used for folder collaborations.
    ///
    /// When you delete a folder with `can_view_path=true`, collaborators may still see the parent path.
    /// For instructions on how to remove this, see
    /// [Even though a folder invited via can_view_path is deleted, the path remains displayed](https://support.box.com/hc/en-us/articles/37472814319891-Even-though-a-folder-invited-via-can-view-path-is-deleted-the-path-remains-displayed).
    pub can_view_path: Option<bool>,
}

serialize_struct!(
    runtime,
    UpdateCollaborationByIdRequestBody {
        role: optional("role"),
        status: optional("status"),
        expires_at: optional("expires_at"),
        can_view_path: optional("can_view_path")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateCollaborationByIdRequestBody {
        role: optional::<Option<UpdateCollaborationByIdRole>>("role"),
        status: optional::<Option<UpdateCollaborationByIdStatus>>("status"),
        expires_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("expires_at"),
        can_view_path: optional::<Option<bool>>("can_view_path")
    }
);

/// The level of access granted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateCollaborationByIdRole {
    /// `editor`
    Editor,
    /// `viewer`
    Viewer,
    /// `previewer`
    Previewer,
    /// `uploader`
    Uploader,
    /// `previewer uploader`
    PreviewerUploader,
    /// `viewer uploader`
    ViewerUploader,
    /// `co-owner`
    CoOwner,
    /// `owner`
    Owner,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateCollaborationByIdRole,
    Unknown,
    Editor = "editor",
    Viewer = "viewer",
    Previewer = "previewer",
    Uploader = "uploader",
    PreviewerUploader = "previewer uploader",
    ViewerUploader = "viewer uploader",
    CoOwner = "co-owner",
    Owner = "owner"
);

/// Set the status of a `pending` collaboration invitation,
/// effectively accepting, or rejecting the invite.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateCollaborationByIdStatus {
    /// `pending`
    Pending,
    /// `accepted`
    Accepted,
    /// `rejected`
    Rejected,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateCollaborationByIdStatus,
    Unknown,
    Pending = "pending",
    Accepted = "accepted",
    Rejected = "rejected"
);

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateCollaborationByIdResponse {
    /// HTTP 200: Returns an updated collaboration object unless the owner has changed.
    Ok(Collaboration),
    /// HTTP 204: If the role is changed to `owner`, the collaboration is deleted
    /// and a new collaboration is created. The previous `owner` of
    /// the old collaboration will be a `co-owner` on the new collaboration.
    NoContent,
}

impl UpdateCollaborationByIdResponse {
    fn decode(response: &RawResponse) -> Result<Self, Error> {
        match response.status.as_u16() {
            200 => response.json().map(Self::Ok),
            204 => Ok(Self::NoContent),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1collaborations/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCollaborationRequestBody {
    /// The item to attach the comment to.
    pub item: CreateCollaborationItem,
    /// The user or group to give access to the item.
    pub accessible_by: CreateCollaborationAccessibleBy,
    /// The level of access granted.
    pub role: CreateCollaborationRole,
    /// If set to `true`, collaborators have access to
    /// shared items, but such items won't be visible in the
    /// All Files list. Additionally, collaborators won't
    /// see the path to the root folder for the
    /// shared item.
    pub is_access_only: Option<bool>,
    /// Determines if the invited users can see the entire parent path to
    /// the associated folder. The user will not gain privileges in any
    /// parent folder and therefore can not see content the user is not
    /// collaborated on.
    ///
    /// Be aware that this meaningfully increases the time required to load the
    /// invitee's **All Files** page. We recommend you limit the number of
    /// collaborations with `can_view_path` enabled to 1,000 per user.
    ///
    /// Only an owner or co-owners can invite collaborators with a `can_view_path` of
    /// `true`. Only an owner can update `can_view_path` on existing collaborations.
    ///
    /// `can_view_path` can only be used for folder collaborations.
    ///
    /// When you delete a folder with `can_view_path=true`, collaborators may still see the parent path.
    /// For instructions on how to remove this, see
    /// [Even though a folder invited via can_view_path is deleted, the path remains displayed](https://support.box.com/hc/en-us/articles/37472814319891-Even-though-a-folder-invited-via-can-view-path-is-deleted-the-path-remains-displayed).
    pub can_view_path: Option<bool>,
    /// Set the expiration date for the collaboration. At this date, the
    /// collaboration will be automatically removed from the item.
    ///
    /// This feature will only work if the **Automatically remove invited
    /// collaborators: Allow folder owners to extend the expiry date**
    /// setting has been enabled in the **Enterprise Settings**
    /// of the **Admin Console**. When the setting is not enabled,
    /// collaborations can not have an expiry date and a value for this
    /// field will be result in an error.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
}

serialize_struct!(
    runtime,
    CreateCollaborationRequestBody {
        item: required("item"),
        accessible_by: required("accessible_by"),
        role: required("role"),
        is_access_only: optional("is_access_only"),
        can_view_path: optional("can_view_path"),
        expires_at: optional("expires_at")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateCollaborationRequestBody {
        item: required::<CreateCollaborationItem>("item"),
        accessible_by: required::<CreateCollaborationAccessibleBy>("accessible_by"),
        role: required::<CreateCollaborationRole>("role"),
        is_access_only: optional::<Option<bool>>("is_access_only"),
        can_view_path: optional::<Option<bool>>("can_view_path"),
        expires_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("expires_at")
    }
);

/// The item to attach the comment to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateCollaborationItem {
    /// The type of the item that this collaboration will be
    /// granted access to.
    pub r#type: Option<CreateCollaborationItemTypeField>,
    /// The ID of the item that will be granted access to.
    pub id: Option<String>,
}

serialize_struct!(runtime, CreateCollaborationItem { r#type: optional("type"), id: optional("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateCollaborationItem {
        r#type: optional::<Option<CreateCollaborationItemTypeField>>("type"),
        id: optional::<Option<String>>("id")
    }
);

/// The type of the item that this collaboration will be
/// granted access to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateCollaborationItemTypeField {
    /// `file`
    File,
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateCollaborationItemTypeField, Unknown, File = "file", Folder = "folder");

/// The user or group to give access to the item.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCollaborationAccessibleBy {
    /// The type of collaborator to invite.
    pub r#type: CreateCollaborationAccessibleByTypeField,
    /// The ID of the user or group.
    ///
    /// Alternatively, use `login` to specify a user by email
    /// address.
    pub id: Option<String>,
    /// The email address of the user to grant access to the item.
    ///
    /// Alternatively, use `id` to specify a user by user ID.
    pub login: Option<String>,
}

serialize_struct!(
    runtime,
    CreateCollaborationAccessibleBy { r#type: required("type"), id: optional("id"), login: optional("login") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateCollaborationAccessibleBy {
        r#type: required::<CreateCollaborationAccessibleByTypeField>("type"),
        id: optional::<Option<String>>("id"),
        login: optional::<Option<String>>("login")
    }
);

/// The type of collaborator to invite.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateCollaborationAccessibleByTypeField {
    /// `user`
    User,
    /// `group`
    Group,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CreateCollaborationAccessibleByTypeField, Unknown, User = "user", Group = "group");

/// The level of access granted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateCollaborationRole {
    /// `editor`
    Editor,
    /// `viewer`
    Viewer,
    /// `previewer`
    Previewer,
    /// `uploader`
    Uploader,
    /// `previewer uploader`
    PreviewerUploader,
    /// `viewer uploader`
    ViewerUploader,
    /// `co-owner`
    CoOwner,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateCollaborationRole,
    Unknown,
    Editor = "editor",
    Viewer = "viewer",
    Previewer = "previewer",
    Uploader = "uploader",
    PreviewerUploader = "previewer uploader",
    ViewerUploader = "viewer uploader",
    CoOwner = "co-owner"
);

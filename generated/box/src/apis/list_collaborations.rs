// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `list_collaborations` operations: [`ListCollaborationsManager`] and one request builder per operation.

use crate::models::{ClientError, Collaboration, Collaborations, CollaborationsOffsetPaginated};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder, string_enum,
};

/// Reach it with [`Client::list_collaborations`](crate::Client::list_collaborations) or [`ListCollaborationsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ListCollaborationsManager<'a> {
    client: &'a Client,
}

impl<'a> ListCollaborationsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List file collaborations
    ///
    /// Retrieves a list of pending and active collaborations for a
    /// file. This returns all the users that have access to the file
    /// or have been invited to the file.
    ///
    /// `GET /files/{file_id}/collaborations`
    #[inline]
    pub fn get_file_collaborations(&self, file_id: impl AsRef<str>) -> GetFileCollaborations<'a> {
        GetFileCollaborations::new(self.client, file_id)
    }

    /// List folder collaborations
    ///
    /// Retrieves a list of pending and active collaborations for a
    /// folder. This returns all the users that have access to the folder
    /// or have been invited to the folder.
    ///
    /// `GET /folders/{folder_id}/collaborations`
    #[inline]
    pub fn get_folder_collaborations(&self, folder_id: impl AsRef<str>) -> GetFolderCollaborations<'a> {
        GetFolderCollaborations::new(self.client, folder_id)
    }

    /// List pending collaborations
    ///
    /// Retrieves all pending collaboration invites for this user.
    ///
    /// `GET /collaborations`
    #[inline]
    pub fn get_collaborations(&self, status: GetCollaborationsStatus) -> GetCollaborations<'a> {
        GetCollaborations::new(self.client, status)
    }

    /// List group collaborations
    ///
    /// Retrieves all the collaborations for a group. The user
    /// must have admin permissions to inspect enterprise's groups.
    ///
    /// Each collaboration object has details on which files or
    /// folders the group has access to and with what role.
    ///
    /// `GET /groups/{group_id}/collaborations`
    #[inline]
    pub fn get_group_collaborations(&self, group_id: impl AsRef<str>) -> GetGroupCollaborations<'a> {
        GetGroupCollaborations::new(self.client, group_id)
    }
}

/// Request builder for [`ListCollaborationsManager::get_file_collaborations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileCollaborations<'a> {
    call: Call<'a>,
}

impl<'a> GetFileCollaborations<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_collaborations",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/collaborations",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
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

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Defines the position marker at which to begin returning results. This is
    /// used when paginating using marker-based pagination.
    ///
    /// This requires `usemarker` to be set to `true`.
    #[inline]
    pub fn marker(mut self, marker: impl AsRef<str>) -> Self {
        self.call.query("marker", marker.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, Collaboration> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<Collaborations>)
    }
}

request_builder!(runtime, GetFileCollaborations => json Collaborations);

/// Request builder for [`ListCollaborationsManager::get_folder_collaborations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFolderCollaborations<'a> {
    call: Call<'a>,
}

impl<'a> GetFolderCollaborations<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folders_id_collaborations",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/collaborations",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
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

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Defines the position marker at which to begin returning results. This is
    /// used when paginating using marker-based pagination.
    ///
    /// This requires `usemarker` to be set to `true`.
    #[inline]
    pub fn marker(mut self, marker: impl AsRef<str>) -> Self {
        self.call.query("marker", marker.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, Collaboration> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<Collaborations>)
    }
}

request_builder!(runtime, GetFolderCollaborations => json Collaborations);

/// Request builder for [`ListCollaborationsManager::get_collaborations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetCollaborations<'a> {
    call: Call<'a>,
}

impl<'a> GetCollaborations<'a> {
    #[inline]
    fn new(client: &'a Client, status: GetCollaborationsStatus) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_collaborations",
            method: reqwest::Method::GET,
            path: "/collaborations",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.query("status", &status);
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

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, Collaboration> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<CollaborationsOffsetPaginated>)
    }
}

request_builder!(runtime, GetCollaborations => json CollaborationsOffsetPaginated);

/// Request builder for [`ListCollaborationsManager::get_group_collaborations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetGroupCollaborations<'a> {
    call: Call<'a>,
}

impl<'a> GetGroupCollaborations<'a> {
    #[inline]
    fn new(client: &'a Client, group_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_groups_id_collaborations",
            method: reqwest::Method::GET,
            path: "/groups/{group_id}/collaborations",
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
    pub fn into_stream(self) -> Paginator<'a, Collaboration> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<CollaborationsOffsetPaginated>)
    }
}

request_builder!(runtime, GetGroupCollaborations => json CollaborationsOffsetPaginated);

/// An inline schema, which the spec does not describe (`#/paths/~1collaborations/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetCollaborationsStatus {
    /// `pending`
    Pending,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetCollaborationsStatus, Unknown, Pending = "pending");

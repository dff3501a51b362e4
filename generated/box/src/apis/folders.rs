// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `folders` operations: [`FoldersManager`] and one request builder per operation.

use crate::models::{ClientError, FolderFull, Items};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::folders`](crate::Client::folders) or [`FoldersManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FoldersManager<'a> {
    client: &'a Client,
}

impl<'a> FoldersManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Get folder information
    ///
    /// Retrieves details for a folder, including the first 100 entries
    /// in the folder.
    ///
    /// Passing `sort`, `direction`, `offset`, and `limit`
    /// parameters in query allows you to manage the
    /// list of returned
    /// [folder items](https://developer.box.com/reference/resources/folder--full#param-item-collection).
    ///
    /// To fetch more items within the folder, use the
    /// [Get items in a folder](https://developer.box.com/reference/get-folders-id-items) endpoint.
    ///
    /// `GET /folders/{folder_id}`
    #[inline]
    pub fn get_folder_by_id(&self, folder_id: impl AsRef<str>) -> GetFolderById<'a> {
        GetFolderById::new(self.client, folder_id)
    }

    /// Update folder
    ///
    /// Updates a folder. This can be also be used to move the folder,
    /// create shared links, update collaborations, and more.
    ///
    /// `PUT /folders/{folder_id}`
    #[inline]
    pub fn update_folder_by_id(&self, folder_id: impl AsRef<str>) -> UpdateFolderById<'a> {
        UpdateFolderById::new(self.client, folder_id)
    }

    /// Delete folder
    ///
    /// Deletes a folder, either permanently or by moving it to
    /// the trash.
    ///
    /// `DELETE /folders/{folder_id}`
    #[inline]
    pub fn delete_folder_by_id(&self, folder_id: impl AsRef<str>) -> DeleteFolderById<'a> {
        DeleteFolderById::new(self.client, folder_id)
    }

    /// List items in folder
    ///
    /// Retrieves a page of items in a folder. These items can be files,
    /// folders, and web links.
    ///
    /// To request more information about the folder itself, like its size,
    /// use the [Get a folder](https://developer.box.com/reference/get-folders-id) endpoint instead.
    ///
    /// `GET /folders/{folder_id}/items`
    #[inline]
    pub fn get_folder_items(&self, folder_id: impl AsRef<str>) -> GetFolderItems<'a> {
        GetFolderItems::new(self.client, folder_id)
    }

    /// Create folder
    ///
    /// Creates a new empty folder within the specified parent folder.
    ///
    /// `POST /folders`
    #[inline]
    pub fn create_folder(&self, name: impl Into<String>, parent: CreateFolderParent) -> CreateFolder<'a> {
        CreateFolder::new(self.client, name, parent)
    }

    /// Copy folder
    ///
    /// Creates a copy of a folder within a destination folder.
    ///
    /// The original folder will not be changed.
    ///
    /// `POST /folders/{folder_id}/copy`
    #[inline]
    pub fn copy_folder(&self, folder_id: impl AsRef<str>, parent: CopyFolderParent) -> CopyFolder<'a> {
        CopyFolder::new(self.client, folder_id, parent)
    }
}

/// Request builder for [`FoldersManager::get_folder_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFolderById<'a> {
    call: Call<'a>,
}

impl<'a> GetFolderById<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folders_id",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
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
    ///
    /// Additionally this field can be used to query any metadata
    /// applied to the file by specifying the `metadata` field as well
    /// as the scope and key of the template to retrieve, for example
    /// `?fields=metadata.enterprise_12345.contractTemplate`.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// Ensures an item is only returned if it has changed.
    ///
    /// Pass in the item's last observed `etag` value
    /// into this header and the endpoint will fail
    /// with a `304 Not Modified` if the item has not
    /// changed since.
    #[inline]
    pub fn if_none_match(mut self, if_none_match: impl AsRef<str>) -> Self {
        self.call.header("if-none-match", if_none_match.as_ref());
        self
    }

    /// The URL, and optional password, for the shared link of this item.
    ///
    /// This header can be used to access items that have not been
    /// explicitly shared with a user.
    ///
    /// Use the format `shared_link=[link]` or if a password is required then
    /// use `shared_link=[link]&shared_link_password=[password]`.
    ///
    /// This header can be used on the file or folder shared, as well as on any files
    /// or folders nested within the item.
    #[inline]
    pub fn boxapi(mut self, boxapi: impl AsRef<str>) -> Self {
        self.call.header("boxapi", boxapi.as_ref());
        self
    }

    /// Defines the **second** attribute by which items
    /// are sorted.
    ///
    /// The folder type affects the way the items
    /// are sorted:
    ///
    ///   * **Standard folder**:
    ///   Items are always sorted by
    ///   their `type` first, with
    ///   folders listed before files,
    ///   and files listed
    ///   before web links.
    ///
    ///   * **Root folder**:
    ///   This parameter is not supported
    ///   for marker-based pagination
    ///   on the root folder
    ///
    ///   (the folder with an `id` of `0`).
    ///
    ///   * **Shared folder with parent path
    ///   to the associated folder visible to
    ///   the collaborator**:
    ///   Items are always sorted by
    ///   their `type` first, with
    ///   folders listed before files,
    ///   and files listed
    ///   before web links.
    #[inline]
    pub fn sort(mut self, sort: GetFolderByIdSort) -> Self {
        self.call.query("sort", &sort);
        self
    }

    /// The direction to sort results in. This can be either in alphabetical ascending
    /// (`ASC`) or descending (`DESC`) order.
    #[inline]
    pub fn direction(mut self, direction: GetFolderByIdDirection) -> Self {
        self.call.query("direction", &direction);
        self
    }

    /// The offset of the item at which to begin the response.
    ///
    /// Offset-based pagination is not guaranteed to work reliably for high offset values and may fail for large datasets. In
    /// those cases, reduce the number of items in the folder (for example, by
    /// restructuring the folder into smaller subfolders) before retrying the
    /// request.
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
}

request_builder!(runtime, GetFolderById => json FolderFull);

/// Request builder for [`FoldersManager::update_folder_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateFolderById<'a> {
    call: Call<'a>,
    body: UpdateFolderByIdRequestBody,
}

impl<'a> UpdateFolderById<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_folders_id",
            method: reqwest::Method::PUT,
            path: "/folders/{folder_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Code(412), decode_error::<ClientError>),
                (ErrorStatus::Code(503), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        Self {
            call,
            body: UpdateFolderByIdRequestBody {
                name: None,
                description: None,
                sync_state: None,
                can_non_owners_invite: None,
                parent: None,
                shared_link: None,
                folder_upload_email: None,
                tags: None,
                is_collaboration_restricted_to_enterprise: None,
                collections: None,
                can_non_owners_view_collaborators: None,
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

    /// Ensures this item hasn't recently changed before
    /// making changes.
    ///
    /// Pass in the item's last observed `etag` value
    /// into this header and the endpoint will fail
    /// with a `412 Precondition Failed` if it
    /// has changed since.
    #[inline]
    pub fn if_match(mut self, if_match: impl AsRef<str>) -> Self {
        self.call.header("if-match", if_match.as_ref());
        self
    }

    /// The optional new name for this folder.
    ///
    /// The following restrictions to folder names apply: names containing
    /// non-printable ASCII characters, forward and backward slashes
    /// (`/`, `\`), names with trailing spaces, and names `.` and `..` are
    /// not allowed.
    ///
    /// Folder names must be unique within their parent folder. The name check is case-insensitive,
    /// so a folder named `New Folder` cannot be created in a parent folder that already contains
    /// a folder named `new folder`.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// The optional description of this folder.
    #[inline]
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// Specifies whether a folder should be synced to a
    /// user's device or not. This is used by Box Sync
    /// (discontinued) and is not used by Box Drive.
    #[inline]
    pub fn sync_state(mut self, sync_state: UpdateFolderByIdSyncState) -> Self {
        self.body.sync_state = Some(sync_state);
        self
    }

    /// Specifies if users who are not the owner
    /// of the folder can invite new collaborators to the folder.
    #[inline]
    pub fn can_non_owners_invite(mut self, can_non_owners_invite: bool) -> Self {
        self.body.can_non_owners_invite = Some(can_non_owners_invite);
        self
    }

    /// The `parent` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}/put/requestBody/content/application~1json/schema/properties/parent`).
    #[inline]
    pub fn parent(mut self, parent: UpdateFolderByIdParent) -> Self {
        self.body.parent = Some(parent);
        self
    }

    /// The `shared_link` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}/put/requestBody/content/application~1json/schema/properties/shared_link`).
    #[inline]
    pub fn shared_link(mut self, shared_link: UpdateFolderByIdSharedLink) -> Self {
        self.body.shared_link = Some(shared_link);
        self
    }

    /// The `folder_upload_email` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}/put/requestBody/content/application~1json/schema/properties/folder_upload_email`).
    #[inline]
    pub fn folder_upload_email(mut self, folder_upload_email: Option<UpdateFolderByIdFolderUploadEmail>) -> Self {
        self.body.folder_upload_email = Some(folder_upload_email);
        self
    }

    /// The tags for this item. These tags are shown in
    /// the Box web app and mobile apps next to an item.
    ///
    /// To add or remove a tag, retrieve the item's current tags,
    /// modify them, and then update this field.
    ///
    /// There is a limit of 100 tags per item, and 10,000
    /// unique tags per enterprise.
    #[inline]
    pub fn tags(mut self, tags: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.body.tags = Some(tags.into_iter().map(Into::into).collect());
        self
    }

    /// Specifies if new invites to this folder are restricted to users
    /// within the enterprise. This does not affect existing
    /// collaborations.
    #[inline]
    pub fn is_collaboration_restricted_to_enterprise(
        mut self,
        is_collaboration_restricted_to_enterprise: bool,
    ) -> Self {
        self.body.is_collaboration_restricted_to_enterprise = Some(is_collaboration_restricted_to_enterprise);
        self
    }

    /// An array of collections to make this folder
    /// a member of. Currently
    /// we only support the `favorites` collection.
    ///
    /// To get the ID for a collection, use the
    /// \[List all collections\]\[1\] endpoint.
    ///
    /// Passing an empty array `[]` or `null` will remove
    /// the folder from all collections.
    ///
    /// \[1\]: <https://developer.box.com/reference/get-collections>
    #[inline]
    pub fn collections(mut self, collections: Option<Vec<UpdateFolderByIdCollections>>) -> Self {
        self.body.collections = Some(collections);
        self
    }

    /// Restricts collaborators who are not the owner of
    /// this folder from viewing other collaborations on
    /// this folder.
    ///
    /// It also restricts non-owners from inviting new
    /// collaborators.
    ///
    /// When setting this field to `false`, it is required
    /// to also set `can_non_owners_invite_collaborators` to
    /// `false` if it has not already been set.
    #[inline]
    pub fn can_non_owners_view_collaborators(mut self, can_non_owners_view_collaborators: bool) -> Self {
        self.body.can_non_owners_view_collaborators = Some(can_non_owners_view_collaborators);
        self
    }
}

request_builder!(runtime, UpdateFolderById(body) => json FolderFull);

/// Request builder for [`FoldersManager::delete_folder_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFolderById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteFolderById<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_folders_id",
            method: reqwest::Method::DELETE,
            path: "/folders/{folder_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Code(412), decode_error::<ClientError>),
                (ErrorStatus::Code(503), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        Self { call }
    }

    /// Ensures this item hasn't recently changed before
    /// making changes.
    ///
    /// Pass in the item's last observed `etag` value
    /// into this header and the endpoint will fail
    /// with a `412 Precondition Failed` if it
    /// has changed since.
    #[inline]
    pub fn if_match(mut self, if_match: impl AsRef<str>) -> Self {
        self.call.header("if-match", if_match.as_ref());
        self
    }

    /// Delete a folder that is not empty by recursively deleting the
    /// folder and all of its content.
    #[inline]
    pub fn recursive(mut self, recursive: bool) -> Self {
        self.call.query("recursive", &recursive);
        self
    }
}

request_builder!(runtime, DeleteFolderById => empty);

/// Request builder for [`FoldersManager::get_folder_items`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFolderItems<'a> {
    call: Call<'a>,
}

impl<'a> GetFolderItems<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folders_id_items",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/items",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
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
    ///
    /// Additionally this field can be used to query any metadata
    /// applied to the file by specifying the `metadata` field as well
    /// as the scope and key of the template to retrieve, for example
    /// `?fields=metadata.enterprise_12345.contractTemplate`.
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }

    /// Specifies whether to use marker-based pagination instead of
    /// offset-based pagination. Only one pagination method can
    /// be used at a time.
    ///
    /// By setting this value to true, the API will return a `marker` field
    /// that can be passed as a parameter to this endpoint to get the next
    /// page of the response.
    #[inline]
    pub fn usemarker(mut self, usemarker: bool) -> Self {
        self.call.query("usemarker", &usemarker);
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

    /// The offset of the item at which to begin the response.
    ///
    /// Offset-based pagination is not guaranteed to work reliably for high offset values and may fail for large datasets. In
    /// those cases, use marker-based pagination by setting `usemarker` to `true`.
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

    /// The URL, and optional password, for the shared link of this item.
    ///
    /// This header can be used to access items that have not been
    /// explicitly shared with a user.
    ///
    /// Use the format `shared_link=[link]` or if a password is required then
    /// use `shared_link=[link]&shared_link_password=[password]`.
    ///
    /// This header can be used on the file or folder shared, as well as on any files
    /// or folders nested within the item.
    #[inline]
    pub fn boxapi(mut self, boxapi: impl AsRef<str>) -> Self {
        self.call.header("boxapi", boxapi.as_ref());
        self
    }

    /// Defines the **second** attribute by which items
    /// are sorted.
    ///
    /// The folder type affects the way the items
    /// are sorted:
    ///
    ///   * **Standard folder**:
    ///   Items are always sorted by
    ///   their `type` first, with
    ///   folders listed before files,
    ///   and files listed
    ///   before web links.
    ///
    ///   * **Root folder**:
    ///   This parameter is not supported
    ///   for marker-based pagination
    ///   on the root folder
    ///
    ///   (the folder with an `id` of `0`).
    ///
    ///   * **Shared folder with parent path
    ///   to the associated folder visible to
    ///   the collaborator**:
    ///   Items are always sorted by
    ///   their `type` first, with
    ///   folders listed before files,
    ///   and files listed
    ///   before web links.
    #[inline]
    pub fn sort(mut self, sort: GetFolderItemsSort) -> Self {
        self.call.query("sort", &sort);
        self
    }

    /// The direction to sort results in. This can be either in alphabetical ascending
    /// (`ASC`) or descending (`DESC`) order.
    #[inline]
    pub fn direction(mut self, direction: GetFolderItemsDirection) -> Self {
        self.call.query("direction", &direction);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, crate::models::Item> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<Items>)
    }
}

request_builder!(runtime, GetFolderItems => json Items);

/// Request builder for [`FoldersManager::create_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateFolder<'a> {
    call: Call<'a>,
    body: CreateFolderRequestBody,
}

impl<'a> CreateFolder<'a> {
    #[inline]
    fn new(client: &'a Client, name: impl Into<String>, parent: CreateFolderParent) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_folders",
            method: reqwest::Method::POST,
            path: "/folders",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self {
            call,
            body: CreateFolderRequestBody { name: name.into(), parent, folder_upload_email: None, sync_state: None },
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

    /// The `folder_upload_email` property, which the spec does not describe (`#/paths/~1folders/post/requestBody/content/application~1json/schema/properties/folder_upload_email`).
    #[inline]
    pub fn folder_upload_email(mut self, folder_upload_email: CreateFolderFolderUploadEmail) -> Self {
        self.body.folder_upload_email = Some(folder_upload_email);
        self
    }

    /// Specifies whether a folder should be synced to a
    /// user's device or not. This is used by Box Sync
    /// (discontinued) and is not used by Box Drive.
    #[inline]
    pub fn sync_state(mut self, sync_state: CreateFolderSyncState) -> Self {
        self.body.sync_state = Some(sync_state);
        self
    }
}

request_builder!(runtime, CreateFolder(body) => json FolderFull);

/// Request builder for [`FoldersManager::copy_folder`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CopyFolder<'a> {
    call: Call<'a>,
    body: CopyFolderRequestBody,
}

impl<'a> CopyFolder<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>, parent: CopyFolderParent) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_folders_id_copy",
            method: reqwest::Method::POST,
            path: "/folders/{folder_id}/copy",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Code(500), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        Self { call, body: CopyFolderRequestBody { name: None, parent } }
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

    /// An optional new name for the copied folder.
    ///
    /// There are some restrictions to the file name. Names containing
    /// non-printable ASCII characters, forward and backward slashes
    /// (`/`, `\`), as well as names with trailing spaces are
    /// prohibited.
    ///
    /// Additionally, the names `.` and `..` are
    /// not allowed either.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
}

request_builder!(runtime, CopyFolder(body) => json FolderFull);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}/get/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetFolderByIdSort {
    /// `id`
    Id,
    /// `name`
    Name,
    /// `date`
    Date,
    /// `size`
    Size,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetFolderByIdSort, Unknown, Id = "id", Name = "name", Date = "date", Size = "size");

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}/get/parameters/5/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetFolderByIdDirection {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetFolderByIdDirection, Unknown, Asc = "ASC", Desc = "DESC");

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFolderByIdRequestBody {
    /// The optional new name for this folder.
    ///
    /// The following restrictions to folder names apply: names containing
    /// non-printable ASCII characters, forward and backward slashes
    /// (`/`, `\`), names with trailing spaces, and names `.` and `..` are
    /// not allowed.
    ///
    /// Folder names must be unique within their parent folder. The name check is case-insensitive,
    /// so a folder named `New Folder` cannot be created in a parent folder that already contains
    /// a folder named `new folder`.
    pub name: Option<String>,
    /// The optional description of this folder.
    pub description: Option<String>,
    /// Specifies whether a folder should be synced to a
    /// user's device or not. This is used by Box Sync
    /// (discontinued) and is not used by Box Drive.
    pub sync_state: Option<UpdateFolderByIdSyncState>,
    /// Specifies if users who are not the owner
    /// of the folder can invite new collaborators to the folder.
    pub can_non_owners_invite: Option<bool>,
    /// The `parent` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}/put/requestBody/content/application~1json/schema/properties/parent`).
    pub parent: Option<UpdateFolderByIdParent>,
    /// The `shared_link` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}/put/requestBody/content/application~1json/schema/properties/shared_link`).
    pub shared_link: Option<UpdateFolderByIdSharedLink>,
    /// The `folder_upload_email` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}/put/requestBody/content/application~1json/schema/properties/folder_upload_email`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub folder_upload_email: Option<Option<UpdateFolderByIdFolderUploadEmail>>,
    /// The tags for this item. These tags are shown in
    /// the Box web app and mobile apps next to an item.
    ///
    /// To add or remove a tag, retrieve the item's current tags,
    /// modify them, and then update this field.
    ///
    /// There is a limit of 100 tags per item, and 10,000
    /// unique tags per enterprise.
    pub tags: Option<Vec<String>>,
    /// Specifies if new invites to this folder are restricted to users
    /// within the enterprise. This does not affect existing
    /// collaborations.
    pub is_collaboration_restricted_to_enterprise: Option<bool>,
    /// An array of collections to make this folder
    /// a member of. Currently
    /// we only support the `favorites` collection.
    ///
    /// To get the ID for a collection, use the
    /// \[List all collections\]\[1\] endpoint.
    ///
    /// Passing an empty array `[]` or `null` will remove
    /// the folder from all collections.
    ///
    /// \[1\]: <https://developer.box.com/reference/get-collections>
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub collections: Option<Option<Vec<UpdateFolderByIdCollections>>>,
    /// Restricts collaborators who are not the owner of
    /// this folder from viewing other collaborations on
    /// this folder.
    ///
    /// It also restricts non-owners from inviting new
    /// collaborators.
    ///
    /// When setting this field to `false`, it is required
    /// to also set `can_non_owners_invite_collaborators` to
    /// `false` if it has not already been set.
    pub can_non_owners_view_collaborators: Option<bool>,
}

serialize_struct!(
    runtime,
    UpdateFolderByIdRequestBody {
        name: optional("name"),
        description: optional("description"),
        sync_state: optional("sync_state"),
        can_non_owners_invite: optional("can_non_owners_invite"),
        parent: optional("parent"),
        shared_link: optional("shared_link"),
        folder_upload_email: nullable("folder_upload_email"),
        tags: optional("tags"),
        is_collaboration_restricted_to_enterprise: optional("is_collaboration_restricted_to_enterprise"),
        collections: nullable("collections"),
        can_non_owners_view_collaborators: optional("can_non_owners_view_collaborators")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFolderByIdRequestBody {
        name: optional::<Option<String>>("name"),
        description: optional::<Option<String>>("description"),
        sync_state: optional::<Option<UpdateFolderByIdSyncState>>("sync_state"),
        can_non_owners_invite: optional::<Option<bool>>("can_non_owners_invite"),
        parent: optional::<Option<UpdateFolderByIdParent>>("parent"),
        shared_link: optional::<Option<UpdateFolderByIdSharedLink>>("shared_link"),
        folder_upload_email: nullable::<Option<UpdateFolderByIdFolderUploadEmail>>("folder_upload_email"),
        tags: optional::<Option<Vec<String>>>("tags"),
        is_collaboration_restricted_to_enterprise: optional::<Option<bool>>(
            "is_collaboration_restricted_to_enterprise"
        ),
        collections: nullable::<Option<Vec<UpdateFolderByIdCollections>>>("collections"),
        can_non_owners_view_collaborators: optional::<Option<bool>>("can_non_owners_view_collaborators")
    }
);

/// Specifies whether a folder should be synced to a
/// user's device or not. This is used by Box Sync
/// (discontinued) and is not used by Box Drive.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFolderByIdSyncState {
    /// `synced`
    Synced,
    /// `not_synced`
    NotSynced,
    /// `partially_synced`
    PartiallySynced,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateFolderByIdSyncState,
    Unknown,
    Synced = "synced",
    NotSynced = "not_synced",
    PartiallySynced = "partially_synced"
);

/// The parent for this item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFolderByIdParent {
    /// The ID of parent item.
    pub id: Option<String>,
    /// The input for `user_id` is optional. Moving to non-root folder is not allowed when `user_id` is present. Parent folder id should be zero when `user_id` is provided.
    pub user_id: Option<String>,
}

serialize_struct!(runtime, UpdateFolderByIdParent { id: optional("id"), user_id: optional("user_id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFolderByIdParent { id: optional::<Option<String>>("id"), user_id: optional::<Option<String>>("user_id") }
);

/// Defines a shared link for an item. Set this to `null` to remove
/// the shared link.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFolderByIdSharedLink {
    /// The level of access for the shared link. This can be
    /// restricted to anyone with the link (`open`), only people
    /// within the company (`company`) and only those who
    /// have been invited to the folder (`collaborators`).
    ///
    /// If not set, this field defaults to the access level specified
    /// by the enterprise admin. To create a shared link with this
    /// default setting pass the `shared_link` object with
    /// no `access` field, for example `{ "shared_link": {} }`.
    ///
    /// The `company` access level is only available to paid
    /// accounts.
    pub access: Option<UpdateFolderByIdSharedLinkAccessField>,
    /// The password required to access the shared link. Set the
    /// password to `null` to remove it.
    /// Passwords must now be at least eight characters
    /// long and include a number, upper case letter, or
    /// a non-numeric or non-alphabetic character.
    /// A password can only be set when `access` is set to `open`.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub password: Option<Option<String>>,
    /// Defines a custom vanity name to use in the shared link URL,
    /// for example `https://app.box.com/v/my-shared-link`.
    ///
    /// Custom URLs should not be used when sharing sensitive content
    /// as vanity URLs are a lot easier to guess than regular shared links.
    pub vanity_name: Option<String>,
    /// The timestamp at which this shared link will
    /// expire. This field can only be set by
    /// users with paid accounts.
    pub unshared_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `permissions` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}/put/requestBody/content/application~1json/schema/properties/shared_link/allOf/0/properties/permissions`).
    pub permissions: Option<UpdateFolderByIdSharedLinkPermissionsField>,
}

serialize_struct!(
    runtime,
    UpdateFolderByIdSharedLink {
        access: optional("access"),
        password: nullable("password"),
        vanity_name: optional("vanity_name"),
        unshared_at: optional("unshared_at"),
        permissions: optional("permissions")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFolderByIdSharedLink {
        access: optional::<Option<UpdateFolderByIdSharedLinkAccessField>>("access"),
        password: nullable::<Option<String>>("password"),
        vanity_name: optional::<Option<String>>("vanity_name"),
        unshared_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("unshared_at"),
        permissions: optional::<Option<UpdateFolderByIdSharedLinkPermissionsField>>("permissions")
    }
);

/// The level of access for the shared link. This can be
/// restricted to anyone with the link (`open`), only people
/// within the company (`company`) and only those who
/// have been invited to the folder (`collaborators`).
///
/// If not set, this field defaults to the access level specified
/// by the enterprise admin. To create a shared link with this
/// default setting pass the `shared_link` object with
/// no `access` field, for example `{ "shared_link": {} }`.
///
/// The `company` access level is only available to paid
/// accounts.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFolderByIdSharedLinkAccessField {
    /// `open`
    Open,
    /// `company`
    Company,
    /// `collaborators`
    Collaborators,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateFolderByIdSharedLinkAccessField,
    Unknown,
    Open = "open",
    Company = "company",
    Collaborators = "collaborators"
);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}/put/requestBody/content/application~1json/schema/properties/shared_link/allOf/0/properties/permissions`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFolderByIdSharedLinkPermissionsField {
    /// If the shared link allows for downloading of files.
    /// This can only be set when `access` is set to
    /// `open` or `company`.
    pub can_download: Option<bool>,
}

serialize_struct!(runtime, UpdateFolderByIdSharedLinkPermissionsField { can_download: optional("can_download") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFolderByIdSharedLinkPermissionsField { can_download: optional::<Option<bool>>("can_download") }
);

/// Folder upload email
///
/// The Write Folder Upload Email object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFolderByIdFolderUploadEmail {
    /// When this parameter has been set, users can email files
    /// to the email address that has been automatically
    /// created for this folder.
    ///
    /// To create an email address, set this property either when
    /// creating or updating the folder.
    ///
    /// When set to `collaborators`, only emails from registered email
    /// addresses for collaborators will be accepted. This includes
    /// any email aliases a user might have registered.
    ///
    /// When set to `open` it will accept emails from any email
    /// address.
    pub access: Option<UpdateFolderByIdFolderUploadEmailAccessField>,
}

serialize_struct!(runtime, UpdateFolderByIdFolderUploadEmail { access: optional("access") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFolderByIdFolderUploadEmail {
        access: optional::<Option<UpdateFolderByIdFolderUploadEmailAccessField>>("access")
    }
);

/// When this parameter has been set, users can email files
/// to the email address that has been automatically
/// created for this folder.
///
/// To create an email address, set this property either when
/// creating or updating the folder.
///
/// When set to `collaborators`, only emails from registered email
/// addresses for collaborators will be accepted. This includes
/// any email aliases a user might have registered.
///
/// When set to `open` it will accept emails from any email
/// address.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFolderByIdFolderUploadEmailAccessField {
    /// `open`
    Open,
    /// `collaborators`
    Collaborators,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UpdateFolderByIdFolderUploadEmailAccessField,
    Unknown,
    Open = "open",
    Collaborators = "collaborators"
);

/// Reference
///
/// The bare basic reference for an object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateFolderByIdCollections {
    /// The unique identifier for this object.
    pub id: Option<String>,
    /// The type for this object.
    pub r#type: Option<String>,
}

serialize_struct!(runtime, UpdateFolderByIdCollections { id: optional("id"), r#type: optional("type") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFolderByIdCollections { id: optional::<Option<String>>("id"), r#type: optional::<Option<String>>("type") }
);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1items/get/parameters/7/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetFolderItemsSort {
    /// `id`
    Id,
    /// `name`
    Name,
    /// `date`
    Date,
    /// `size`
    Size,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetFolderItemsSort, Unknown, Id = "id", Name = "name", Date = "date", Size = "size");

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1items/get/parameters/8/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetFolderItemsDirection {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GetFolderItemsDirection, Unknown, Asc = "ASC", Desc = "DESC");

/// An inline schema, which the spec does not describe (`#/paths/~1folders/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateFolderRequestBody {
    /// The name for the new folder.
    ///
    /// The following restrictions to folder names apply: names containing
    /// non-printable ASCII characters, forward and backward slashes
    /// (`/`, `\`), names with trailing spaces, and names `.` and `..` are
    /// not allowed.
    ///
    /// Folder names must be unique within their parent folder. The name check is case-insensitive,
    /// so a folder named `New Folder` cannot be created in a parent folder that already contains
    /// a folder named `new folder`.
    pub name: String,
    /// The parent folder to create the new folder within.
    pub parent: CreateFolderParent,
    /// The `folder_upload_email` property, which the spec does not describe (`#/paths/~1folders/post/requestBody/content/application~1json/schema/properties/folder_upload_email`).
    pub folder_upload_email: Option<CreateFolderFolderUploadEmail>,
    /// Specifies whether a folder should be synced to a
    /// user's device or not. This is used by Box Sync
    /// (discontinued) and is not used by Box Drive.
    pub sync_state: Option<CreateFolderSyncState>,
}

serialize_struct!(
    runtime,
    CreateFolderRequestBody {
        name: required("name"),
        parent: required("parent"),
        folder_upload_email: optional("folder_upload_email"),
        sync_state: optional("sync_state")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateFolderRequestBody {
        name: required::<String>("name"),
        parent: required::<CreateFolderParent>("parent"),
        folder_upload_email: optional::<Option<CreateFolderFolderUploadEmail>>("folder_upload_email"),
        sync_state: optional::<Option<CreateFolderSyncState>>("sync_state")
    }
);

/// The parent folder to create the new folder within.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateFolderParent {
    /// The ID of parent folder.
    pub id: String,
}

serialize_struct!(runtime, CreateFolderParent { id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(crate::runtime, CreateFolderParent { id: required::<String>("id") });

/// Folder upload email
///
/// The Write Folder Upload Email object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateFolderFolderUploadEmail {
    /// When this parameter has been set, users can email files
    /// to the email address that has been automatically
    /// created for this folder.
    ///
    /// To create an email address, set this property either when
    /// creating or updating the folder.
    ///
    /// When set to `collaborators`, only emails from registered email
    /// addresses for collaborators will be accepted. This includes
    /// any email aliases a user might have registered.
    ///
    /// When set to `open` it will accept emails from any email
    /// address.
    pub access: Option<CreateFolderFolderUploadEmailAccessField>,
}

serialize_struct!(runtime, CreateFolderFolderUploadEmail { access: optional("access") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateFolderFolderUploadEmail { access: optional::<Option<CreateFolderFolderUploadEmailAccessField>>("access") }
);

/// When this parameter has been set, users can email files
/// to the email address that has been automatically
/// created for this folder.
///
/// To create an email address, set this property either when
/// creating or updating the folder.
///
/// When set to `collaborators`, only emails from registered email
/// addresses for collaborators will be accepted. This includes
/// any email aliases a user might have registered.
///
/// When set to `open` it will accept emails from any email
/// address.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateFolderFolderUploadEmailAccessField {
    /// `open`
    Open,
    /// `collaborators`
    Collaborators,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateFolderFolderUploadEmailAccessField,
    Unknown,
    Open = "open",
    Collaborators = "collaborators"
);

/// Specifies whether a folder should be synced to a
/// user's device or not. This is used by Box Sync
/// (discontinued) and is not used by Box Drive.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateFolderSyncState {
    /// `synced`
    Synced,
    /// `not_synced`
    NotSynced,
    /// `partially_synced`
    PartiallySynced,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CreateFolderSyncState,
    Unknown,
    Synced = "synced",
    NotSynced = "not_synced",
    PartiallySynced = "partially_synced"
);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1copy/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CopyFolderRequestBody {
    /// An optional new name for the copied folder.
    ///
    /// There are some restrictions to the file name. Names containing
    /// non-printable ASCII characters, forward and backward slashes
    /// (`/`, `\`), as well as names with trailing spaces are
    /// prohibited.
    ///
    /// Additionally, the names `.` and `..` are
    /// not allowed either.
    pub name: Option<String>,
    /// The destination folder to copy the folder to.
    pub parent: CopyFolderParent,
}

serialize_struct!(runtime, CopyFolderRequestBody { name: optional("name"), parent: required("parent") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CopyFolderRequestBody { name: optional::<Option<String>>("name"), parent: required::<CopyFolderParent>("parent") }
);

/// The destination folder to copy the folder to.
#[derive(Clone, Debug, PartialEq)]
pub struct CopyFolderParent {
    /// The ID of parent folder.
    pub id: String,
}

serialize_struct!(runtime, CopyFolderParent { id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(crate::runtime, CopyFolderParent { id: required::<String>("id") });

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `trashed_folders` operations: [`TrashedFoldersManager`] and one request builder per operation.

/// Reach it with [`Client::trashed_folders`](crate::Client::trashed_folders) or [`TrashedFoldersManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TrashedFoldersManager<'a> {
    client: &'a crate::Client,
}

impl<'a> TrashedFoldersManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Restore folder
    ///
    /// Restores a folder that has been moved to the trash.
    ///
    /// An optional new parent ID can be provided to restore the folder to in case the
    /// original folder has been deleted.
    ///
    /// During this operation, part of the file tree will be locked, mainly
    /// the source folder and all of its descendants, as well as the destination
    /// folder.
    ///
    /// For the duration of the operation, no other move, copy, delete, or restore
    /// operation can performed on any of the locked folders.
    ///
    /// `POST /folders/{folder_id}`
    #[inline]
    pub fn restore_folder_from_trash(&self, folder_id: impl AsRef<str>) -> RestoreFolderFromTrash<'a> {
        RestoreFolderFromTrash::new(self.client, folder_id)
    }

    /// Get trashed folder
    ///
    /// Retrieves a folder that has been moved to the trash.
    ///
    /// Please note that only if the folder itself has been moved to the
    /// trash can it be retrieved with this API call. If instead one of
    /// its parent folders was moved to the trash, only that folder
    /// can be inspected using the
    /// [`GET /folders/:id/trash`](https://developer.box.com/reference/get-folders-id-trash) API.
    ///
    /// To list all items that have been moved to the trash, please
    /// use the [`GET /folders/trash/items`](https://developer.box.com/reference/get-folders-trash-items/)
    /// API.
    ///
    /// `GET /folders/{folder_id}/trash`
    #[inline]
    pub fn get_trashed_folder_by_id(&self, folder_id: impl AsRef<str>) -> GetTrashedFolderById<'a> {
        GetTrashedFolderById::new(self.client, folder_id)
    }

    /// Permanently remove folder
    ///
    /// Permanently deletes a folder that is in the trash.
    /// This action cannot be undone.
    ///
    /// `DELETE /folders/{folder_id}/trash`
    #[inline]
    pub fn delete_trashed_folder_by_id(&self, folder_id: impl AsRef<str>) -> DeleteTrashedFolderById<'a> {
        DeleteTrashedFolderById::new(self.client, folder_id)
    }
}

/// Request builder for [`TrashedFoldersManager::restore_folder_from_trash`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RestoreFolderFromTrash<'a> {
    call: crate::runtime::Call<'a>,
    body: RestoreFolderFromTrashRequestBody,
}

impl<'a> RestoreFolderFromTrash<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_folders_id",
            method: reqwest::Method::POST,
            path: "/folders/{folder_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(403), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        Self { call, body: RestoreFolderFromTrashRequestBody { name: None, parent: None } }
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

    /// An optional new name for the folder.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// The `parent` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}/post/requestBody/content/application~1json/schema/properties/parent`).
    #[inline]
    pub fn parent(mut self, parent: RestoreFolderFromTrashParent) -> Self {
        self.body.parent = Some(parent);
        self
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TrashFolderRestored> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::TrashFolderRestored>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for RestoreFolderFromTrash<'a> {
    type Output = Result<crate::models::TrashFolderRestored, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TrashFolderRestored>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TrashFolderRestored>)
    }
}

/// Request builder for [`TrashedFoldersManager::get_trashed_folder_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTrashedFolderById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetTrashedFolderById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_folders_id_trash",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/trash",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::TrashFolder> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::TrashFolder>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetTrashedFolderById<'a> {
    type Output = Result<crate::models::TrashFolder, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::TrashFolder>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::TrashFolder>)
    }
}

/// Request builder for [`TrashedFoldersManager::delete_trashed_folder_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteTrashedFolderById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteTrashedFolderById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_folders_id_trash",
            method: reqwest::Method::DELETE,
            path: "/folders/{folder_id}/trash",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        Self { call }
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for DeleteTrashedFolderById<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct RestoreFolderFromTrashRequestBody {
    /// An optional new name for the folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}/post/requestBody/content/application~1json/schema/properties/parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<RestoreFolderFromTrashParent>,
}

/// The parent for this item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct RestoreFolderFromTrashParent {
    /// The ID of parent item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

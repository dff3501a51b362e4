// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `trashed_files` operations: [`TrashedFilesManager`] and one request builder per operation.

use crate::models::{ClientError, TrashFile, TrashFileRestored};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::trashed_files`](crate::Client::trashed_files) or [`TrashedFilesManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TrashedFilesManager<'a> {
    client: &'a Client,
}

impl<'a> TrashedFilesManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Restore file
    ///
    /// Restores a file that has been moved to the trash.
    ///
    /// An optional new parent ID can be provided to restore the file to in case the
    /// original folder has been deleted.
    ///
    /// `POST /files/{file_id}`
    #[inline]
    pub fn restore_file_from_trash(&self, file_id: impl AsRef<str>) -> RestoreFileFromTrash<'a> {
        RestoreFileFromTrash::new(self.client, file_id)
    }

    /// Get trashed file
    ///
    /// Retrieves a file that has been moved to the trash.
    ///
    /// Please note that only if the file itself has been moved to the
    /// trash can it be retrieved with this API call. If instead one of
    /// its parent folders was moved to the trash, only that folder
    /// can be inspected using the
    /// [`GET /folders/:id/trash`](https://developer.box.com/reference/get-folders-id-trash) API.
    ///
    /// To list all items that have been moved to the trash, please
    /// use the [`GET /folders/trash/items`](https://developer.box.com/reference/get-folders-trash-items/)
    /// API.
    ///
    /// `GET /files/{file_id}/trash`
    #[inline]
    pub fn get_trashed_file_by_id(&self, file_id: impl AsRef<str>) -> GetTrashedFileById<'a> {
        GetTrashedFileById::new(self.client, file_id)
    }

    /// Permanently remove file
    ///
    /// Permanently deletes a file that is in the trash.
    /// This action cannot be undone.
    ///
    /// `DELETE /files/{file_id}/trash`
    #[inline]
    pub fn delete_trashed_file_by_id(&self, file_id: impl AsRef<str>) -> DeleteTrashedFileById<'a> {
        DeleteTrashedFileById::new(self.client, file_id)
    }
}

/// Request builder for [`TrashedFilesManager::restore_file_from_trash`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RestoreFileFromTrash<'a> {
    call: Call<'a>,
    body: RestoreFileFromTrashRequestBody,
}

impl<'a> RestoreFileFromTrash<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_files_id",
            method: reqwest::Method::POST,
            path: "/files/{file_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call, body: RestoreFileFromTrashRequestBody { name: None, parent: None } }
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

    /// An optional new name for the file.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// The `parent` property, which the spec does not describe (`#/paths/~1files~1{file_id}/post/requestBody/content/application~1json/schema/properties/parent`).
    #[inline]
    pub fn parent(mut self, parent: RestoreFileFromTrashParent) -> Self {
        self.body.parent = Some(parent);
        self
    }
}

request_builder!(runtime, RestoreFileFromTrash(body) => json TrashFileRestored);

/// Request builder for [`TrashedFilesManager::get_trashed_file_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTrashedFileById<'a> {
    call: Call<'a>,
}

impl<'a> GetTrashedFileById<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_trash",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/trash",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
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
}

request_builder!(runtime, GetTrashedFileById => json TrashFile);

/// Request builder for [`TrashedFilesManager::delete_trashed_file_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteTrashedFileById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteTrashedFileById<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_files_id_trash",
            method: reqwest::Method::DELETE,
            path: "/files/{file_id}/trash",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteTrashedFileById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestoreFileFromTrashRequestBody {
    /// An optional new name for the file.
    pub name: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/paths/~1files~1{file_id}/post/requestBody/content/application~1json/schema/properties/parent`).
    pub parent: Option<RestoreFileFromTrashParent>,
}

serialize_struct!(runtime, RestoreFileFromTrashRequestBody { name: optional("name"), parent: optional("parent") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    RestoreFileFromTrashRequestBody {
        name: optional::<Option<String>>("name"),
        parent: optional::<Option<RestoreFileFromTrashParent>>("parent")
    }
);

/// The parent for this item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestoreFileFromTrashParent {
    /// The ID of parent item.
    pub id: Option<String>,
}

serialize_struct!(runtime, RestoreFileFromTrashParent { id: optional("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    RestoreFileFromTrashParent { id: optional::<Option<String>>("id") }
);

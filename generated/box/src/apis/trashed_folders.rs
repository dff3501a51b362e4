// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `trashed_folders` operations: [`TrashedFoldersManager`] and one request builder per operation.

use crate::models::{ClientError, TrashFolder, TrashFolderRestored};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::trashed_folders`](crate::Client::trashed_folders) or [`TrashedFoldersManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct TrashedFoldersManager<'a> {
    client: &'a Client,
}

impl<'a> TrashedFoldersManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
    body: RestoreFolderFromTrashRequestBody,
}

impl<'a> RestoreFolderFromTrash<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_folders_id",
            method: reqwest::Method::POST,
            path: "/folders/{folder_id}",
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
}

request_builder!(runtime, RestoreFolderFromTrash(body) => json TrashFolderRestored);

/// Request builder for [`TrashedFoldersManager::get_trashed_folder_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetTrashedFolderById<'a> {
    call: Call<'a>,
}

impl<'a> GetTrashedFolderById<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folders_id_trash",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/trash",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
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
    #[inline]
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.call.query_list("fields", &fields.into_iter().map(Into::into).collect::<Vec<String>>(), false);
        self
    }
}

request_builder!(runtime, GetTrashedFolderById => json TrashFolder);

/// Request builder for [`TrashedFoldersManager::delete_trashed_folder_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteTrashedFolderById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteTrashedFolderById<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_folders_id_trash",
            method: reqwest::Method::DELETE,
            path: "/folders/{folder_id}/trash",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteTrashedFolderById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestoreFolderFromTrashRequestBody {
    /// An optional new name for the folder.
    pub name: Option<String>,
    /// The `parent` property, which the spec does not describe (`#/paths/~1folders~1{folder_id}/post/requestBody/content/application~1json/schema/properties/parent`).
    pub parent: Option<RestoreFolderFromTrashParent>,
}

serialize_struct!(runtime, RestoreFolderFromTrashRequestBody { name: optional("name"), parent: optional("parent") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    RestoreFolderFromTrashRequestBody {
        name: optional::<Option<String>>("name"),
        parent: optional::<Option<RestoreFolderFromTrashParent>>("parent")
    }
);

/// The parent for this item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestoreFolderFromTrashParent {
    /// The ID of parent item.
    pub id: Option<String>,
}

serialize_struct!(runtime, RestoreFolderFromTrashParent { id: optional("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    RestoreFolderFromTrashParent { id: optional::<Option<String>>("id") }
);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `folder_locks` operations: [`FolderLocksManager`] and one request builder per operation.

use crate::models::{ClientError, FolderLock, FolderLocks};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::folder_locks`](crate::Client::folder_locks) or [`FolderLocksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FolderLocksManager<'a> {
    client: &'a Client,
}

impl<'a> FolderLocksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List folder locks
    ///
    /// Retrieves folder lock details for a given folder.
    ///
    /// You must be authenticated as the owner or co-owner of the folder to
    /// use this endpoint.
    ///
    /// `GET /folder_locks`
    #[inline]
    pub fn get_folder_locks(&self, folder_id: impl AsRef<str>) -> GetFolderLocks<'a> {
        GetFolderLocks::new(self.client, folder_id)
    }

    /// Create folder lock
    ///
    /// Creates a folder lock on a folder, preventing it from being moved and/or
    /// deleted.
    ///
    /// You must be authenticated as the owner or co-owner of the folder to
    /// use this endpoint.
    ///
    /// `POST /folder_locks`
    #[inline]
    pub fn create_folder_lock(&self, folder: CreateFolderLockFolder) -> CreateFolderLock<'a> {
        CreateFolderLock::new(self.client, folder)
    }

    /// Delete folder lock
    ///
    /// Deletes a folder lock on a given folder.
    ///
    /// You must be authenticated as the owner or co-owner of the folder to
    /// use this endpoint.
    ///
    /// `DELETE /folder_locks/{folder_lock_id}`
    #[inline]
    pub fn delete_folder_lock_by_id(&self, folder_lock_id: impl AsRef<str>) -> DeleteFolderLockById<'a> {
        DeleteFolderLockById::new(self.client, folder_lock_id)
    }
}

/// Request builder for [`FolderLocksManager::get_folder_locks`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFolderLocks<'a> {
    call: Call<'a>,
}

impl<'a> GetFolderLocks<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folder_locks",
            method: reqwest::Method::GET,
            path: "/folder_locks",
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
        call.query("folder_id", folder_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetFolderLocks => json FolderLocks);

/// Request builder for [`FolderLocksManager::create_folder_lock`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateFolderLock<'a> {
    call: Call<'a>,
    body: CreateFolderLockRequestBody,
}

impl<'a> CreateFolderLock<'a> {
    #[inline]
    fn new(client: &'a Client, folder: CreateFolderLockFolder) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_folder_locks",
            method: reqwest::Method::POST,
            path: "/folder_locks",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call, body: CreateFolderLockRequestBody { locked_operations: None, folder } }
    }

    /// The operations to lock for the folder. If `locked_operations` is
    /// included in the request, both `move` and `delete` must also be
    /// included and both set to `true`.
    #[inline]
    pub fn locked_operations(mut self, locked_operations: CreateFolderLockLockedOperations) -> Self {
        self.body.locked_operations = Some(locked_operations);
        self
    }
}

request_builder!(runtime, CreateFolderLock(body) => json FolderLock);

/// Request builder for [`FolderLocksManager::delete_folder_lock_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFolderLockById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteFolderLockById<'a> {
    #[inline]
    fn new(client: &'a Client, folder_lock_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_folder_locks_id",
            method: reqwest::Method::DELETE,
            path: "/folder_locks/{folder_lock_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("folder_lock_id", folder_lock_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteFolderLockById => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1folder_locks/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateFolderLockRequestBody {
    /// The operations to lock for the folder. If `locked_operations` is
    /// included in the request, both `move` and `delete` must also be
    /// included and both set to `true`.
    pub locked_operations: Option<CreateFolderLockLockedOperations>,
    /// The folder to apply the lock to.
    pub folder: CreateFolderLockFolder,
}

serialize_struct!(
    runtime,
    CreateFolderLockRequestBody { locked_operations: optional("locked_operations"), folder: required("folder") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateFolderLockRequestBody {
        locked_operations: optional::<Option<CreateFolderLockLockedOperations>>("locked_operations"),
        folder: required::<CreateFolderLockFolder>("folder")
    }
);

/// The operations to lock for the folder. If `locked_operations` is
/// included in the request, both `move` and `delete` must also be
/// included and both set to `true`.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateFolderLockLockedOperations {
    /// Whether moving the folder should be locked.
    pub r#move: bool,
    /// Whether deleting the folder should be locked.
    pub delete: bool,
}

serialize_struct!(runtime, CreateFolderLockLockedOperations { r#move: required("move"), delete: required("delete") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateFolderLockLockedOperations { r#move: required::<bool>("move"), delete: required::<bool>("delete") }
);

/// The folder to apply the lock to.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateFolderLockFolder {
    /// The content type the lock is being applied to. Only `folder`
    /// is supported.
    pub r#type: String,
    /// The ID of the folder.
    pub id: String,
}

serialize_struct!(runtime, CreateFolderLockFolder { r#type: required("type"), id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateFolderLockFolder { r#type: required::<String>("type"), id: required::<String>("id") }
);

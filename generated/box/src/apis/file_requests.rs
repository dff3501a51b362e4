// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `file_requests` operations: [`FileRequestsManager`] and one request builder per operation.

use crate::models::{ClientError, FileRequest, FileRequestCopyRequest, FileRequestUpdateRequest};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder};

/// Reach it with [`Client::file_requests`](crate::Client::file_requests) or [`FileRequestsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FileRequestsManager<'a> {
    client: &'a Client,
}

impl<'a> FileRequestsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Get file request
    ///
    /// Retrieves the information about a file request.
    ///
    /// `GET /file_requests/{file_request_id}`
    #[inline]
    pub fn get_file_request_by_id(&self, file_request_id: impl AsRef<str>) -> GetFileRequestById<'a> {
        GetFileRequestById::new(self.client, file_request_id)
    }

    /// Update file request
    ///
    /// Updates a file request. This can be used to activate or
    /// deactivate a file request.
    ///
    /// `PUT /file_requests/{file_request_id}`
    #[inline]
    pub fn update_file_request_by_id(&self, file_request_id: impl AsRef<str>) -> UpdateFileRequestById<'a> {
        UpdateFileRequestById::new(self.client, file_request_id)
    }

    /// Delete file request
    ///
    /// Deletes a file request permanently.
    ///
    /// `DELETE /file_requests/{file_request_id}`
    #[inline]
    pub fn delete_file_request_by_id(&self, file_request_id: impl AsRef<str>) -> DeleteFileRequestById<'a> {
        DeleteFileRequestById::new(self.client, file_request_id)
    }

    /// Copy file request
    ///
    /// Copies an existing file request that is already present on one folder,
    /// and applies it to another folder.
    ///
    /// `POST /file_requests/{file_request_id}/copy`
    #[inline]
    pub fn create_file_request_copy(&self, file_request_id: impl AsRef<str>) -> CreateFileRequestCopy<'a> {
        CreateFileRequestCopy::new(self.client, file_request_id)
    }
}

/// Request builder for [`FileRequestsManager::get_file_request_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileRequestById<'a> {
    call: Call<'a>,
}

impl<'a> GetFileRequestById<'a> {
    #[inline]
    fn new(client: &'a Client, file_request_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_file_requests_id",
            method: reqwest::Method::GET,
            path: "/file_requests/{file_request_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_request_id", file_request_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetFileRequestById => json FileRequest);

/// Request builder for [`FileRequestsManager::update_file_request_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateFileRequestById<'a> {
    call: Call<'a>,
}

impl<'a> UpdateFileRequestById<'a> {
    #[inline]
    fn new(client: &'a Client, file_request_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_file_requests_id",
            method: reqwest::Method::PUT,
            path: "/file_requests/{file_request_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Code(412), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_request_id", file_request_id.as_ref());
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

    /// The request body, which the spec does not describe (`#/paths/~1file_requests~1{file_request_id}/put/requestBody`).
    #[inline]
    pub fn file_request_update_request(mut self, file_request_update_request: FileRequestUpdateRequest) -> Self {
        self.call.body(&file_request_update_request);
        self
    }
}

request_builder!(runtime, UpdateFileRequestById => json FileRequest);

/// Request builder for [`FileRequestsManager::delete_file_request_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFileRequestById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteFileRequestById<'a> {
    #[inline]
    fn new(client: &'a Client, file_request_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_file_requests_id",
            method: reqwest::Method::DELETE,
            path: "/file_requests/{file_request_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_request_id", file_request_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteFileRequestById => empty);

/// Request builder for [`FileRequestsManager::create_file_request_copy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateFileRequestCopy<'a> {
    call: Call<'a>,
}

impl<'a> CreateFileRequestCopy<'a> {
    #[inline]
    fn new(client: &'a Client, file_request_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_file_requests_id_copy",
            method: reqwest::Method::POST,
            path: "/file_requests/{file_request_id}/copy",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(401), decode_error::<ClientError>),
                (ErrorStatus::Code(403), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(405), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_request_id", file_request_id.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1file_requests~1{file_request_id}~1copy/post/requestBody`).
    #[inline]
    pub fn file_request_copy_request(mut self, file_request_copy_request: FileRequestCopyRequest) -> Self {
        self.call.body(&file_request_copy_request);
        self
    }
}

request_builder!(runtime, CreateFileRequestCopy => json FileRequest);

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `chunked_uploads` operations: [`ChunkedUploadsManager`] and one request builder per operation.

use crate::models::{ClientError, Files, UploadPart, UploadParts, UploadSession, UploadedPart};
use crate::{Client, Error, RawResponse, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, FilePart, OperationSpec, Pager, Paginator, decode_error, paginate,
    request_builder, serialize_struct,
};

/// Reach it with [`Client::chunked_uploads`](crate::Client::chunked_uploads) or [`ChunkedUploadsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ChunkedUploadsManager<'a> {
    client: &'a Client,
}

impl<'a> ChunkedUploadsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Create upload session
    ///
    /// Creates an upload session for a new file.
    ///
    /// `POST /files/upload_sessions`
    #[inline]
    pub fn create_file_upload_session(
        &self,
        folder_id: impl Into<String>,
        file_size: i64,
        file_name: impl Into<String>,
    ) -> CreateFileUploadSession<'a> {
        CreateFileUploadSession::new(self.client, folder_id, file_size, file_name)
    }

    /// Create upload session for existing file
    ///
    /// Creates an upload session for an existing file.
    ///
    /// `POST /files/{file_id}/upload_sessions`
    #[inline]
    pub fn create_file_upload_session_for_existing_file(
        &self,
        file_id: impl AsRef<str>,
        file_size: i64,
    ) -> CreateFileUploadSessionForExistingFile<'a> {
        CreateFileUploadSessionForExistingFile::new(self.client, file_id, file_size)
    }

    /// Get upload session
    ///
    /// Return information about an upload session.
    ///
    /// The actual endpoint URL is returned by the [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions) endpoint.
    ///
    /// `GET /files/upload_sessions/{upload_session_id}`
    #[inline]
    pub fn get_file_upload_session_by_id(&self, upload_session_id: impl AsRef<str>) -> GetFileUploadSessionById<'a> {
        GetFileUploadSessionById::new(self.client, upload_session_id)
    }

    /// Upload part of file
    ///
    /// Uploads a chunk of a file for an upload session.
    ///
    /// The actual endpoint URL is returned by the [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
    /// and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id) endpoints.
    ///
    /// `PUT /files/upload_sessions/{upload_session_id}`
    #[inline]
    pub fn upload_file_part(
        &self,
        upload_session_id: impl AsRef<str>,
        digest: impl AsRef<str>,
        content_range: impl AsRef<str>,
    ) -> UploadFilePart<'a> {
        UploadFilePart::new(self.client, upload_session_id, digest, content_range)
    }

    /// Remove upload session
    ///
    /// Abort an upload session and discard all data uploaded.
    ///
    /// This cannot be reversed.
    ///
    /// The actual endpoint URL is returned by the [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
    /// and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id) endpoints.
    ///
    /// `DELETE /files/upload_sessions/{upload_session_id}`
    #[inline]
    pub fn delete_file_upload_session_by_id(
        &self,
        upload_session_id: impl AsRef<str>,
    ) -> DeleteFileUploadSessionById<'a> {
        DeleteFileUploadSessionById::new(self.client, upload_session_id)
    }

    /// List parts
    ///
    /// Return a list of the chunks uploaded to the upload session so far.
    ///
    /// The actual endpoint URL is returned by the [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
    /// and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id) endpoints.
    ///
    /// `GET /files/upload_sessions/{upload_session_id}/parts`
    #[inline]
    pub fn get_file_upload_session_parts(&self, upload_session_id: impl AsRef<str>) -> GetFileUploadSessionParts<'a> {
        GetFileUploadSessionParts::new(self.client, upload_session_id)
    }

    /// Commit upload session
    ///
    /// Close an upload session and create a file from the uploaded chunks.
    ///
    /// The actual endpoint URL is returned by the [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
    /// and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id) endpoints.
    ///
    /// `POST /files/upload_sessions/{upload_session_id}/commit`
    #[inline]
    pub fn create_file_upload_session_commit(
        &self,
        upload_session_id: impl AsRef<str>,
        digest: impl AsRef<str>,
        parts: impl IntoIterator<Item = UploadPart>,
    ) -> CreateFileUploadSessionCommit<'a> {
        CreateFileUploadSessionCommit::new(self.client, upload_session_id, digest, parts)
    }
}

/// Request builder for [`ChunkedUploadsManager::create_file_upload_session`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateFileUploadSession<'a> {
    call: Call<'a>,
    body: CreateFileUploadSessionRequestBody,
}

impl<'a> CreateFileUploadSession<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl Into<String>, file_size: i64, file_name: impl Into<String>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_files_upload_sessions",
            method: reqwest::Method::POST,
            path: "/files/upload_sessions",
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
            body: CreateFileUploadSessionRequestBody {
                folder_id: folder_id.into(),
                file_size,
                file_name: file_name.into(),
            },
        }
    }
}

request_builder!(runtime, CreateFileUploadSession(body) => json UploadSession);

/// Request builder for [`ChunkedUploadsManager::create_file_upload_session_for_existing_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateFileUploadSessionForExistingFile<'a> {
    call: Call<'a>,
    body: CreateFileUploadSessionForExistingFileRequestBody,
}

impl<'a> CreateFileUploadSessionForExistingFile<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, file_size: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_files_id_upload_sessions",
            method: reqwest::Method::POST,
            path: "/files/{file_id}/upload_sessions",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call, body: CreateFileUploadSessionForExistingFileRequestBody { file_size, file_name: None } }
    }

    /// The optional new name of new file.
    #[inline]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.body.file_name = Some(file_name.into());
        self
    }
}

request_builder!(
    runtime, CreateFileUploadSessionForExistingFile(body) => json UploadSession
);

/// Request builder for [`ChunkedUploadsManager::get_file_upload_session_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileUploadSessionById<'a> {
    call: Call<'a>,
}

impl<'a> GetFileUploadSessionById<'a> {
    #[inline]
    fn new(client: &'a Client, upload_session_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_upload_sessions_id",
            method: reqwest::Method::GET,
            path: "/files/upload_sessions/{upload_session_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("upload_session_id", upload_session_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, GetFileUploadSessionById => json UploadSession);

/// Request builder for [`ChunkedUploadsManager::upload_file_part`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UploadFilePart<'a> {
    call: Call<'a>,
}

impl<'a> UploadFilePart<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        upload_session_id: impl AsRef<str>,
        digest: impl AsRef<str>,
        content_range: impl AsRef<str>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_files_upload_sessions_id",
            method: reqwest::Method::PUT,
            path: "/files/upload_sessions/{upload_session_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Binary, "application/octet-stream")],
            errors: &[
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Code(412), decode_error::<ClientError>),
                (ErrorStatus::Code(416), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("upload_session_id", upload_session_id.as_ref());
        call.header("digest", digest.as_ref());
        call.header("content-range", content_range.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1files~1upload_sessions~1{upload_session_id}/put/requestBody`).
    #[inline]
    pub fn content(mut self, content: FilePart) -> Self {
        self.call.file_body(content);
        self
    }
}

request_builder!(runtime, UploadFilePart => json UploadedPart);

/// Request builder for [`ChunkedUploadsManager::delete_file_upload_session_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFileUploadSessionById<'a> {
    call: Call<'a>,
}

impl<'a> DeleteFileUploadSessionById<'a> {
    #[inline]
    fn new(client: &'a Client, upload_session_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_files_upload_sessions_id",
            method: reqwest::Method::DELETE,
            path: "/files/upload_sessions/{upload_session_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("upload_session_id", upload_session_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteFileUploadSessionById => empty);

/// Request builder for [`ChunkedUploadsManager::get_file_upload_session_parts`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileUploadSessionParts<'a> {
    call: Call<'a>,
}

impl<'a> GetFileUploadSessionParts<'a> {
    #[inline]
    fn new(client: &'a Client, upload_session_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_upload_sessions_id_parts",
            method: reqwest::Method::GET,
            path: "/files/upload_sessions/{upload_session_id}/parts",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("upload_session_id", upload_session_id.as_ref());
        Self { call }
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
    pub fn into_stream(self) -> Paginator<'a, UploadPart> {
        static PAGER: Pager = Pager { page: None, offset: Some("offset"), marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<UploadParts>)
    }
}

request_builder!(runtime, GetFileUploadSessionParts => json UploadParts);

/// Request builder for [`ChunkedUploadsManager::create_file_upload_session_commit`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateFileUploadSessionCommit<'a> {
    call: Call<'a>,
    body: CreateFileUploadSessionCommitRequestBody,
}

impl<'a> CreateFileUploadSessionCommit<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        upload_session_id: impl AsRef<str>,
        digest: impl AsRef<str>,
        parts: impl IntoIterator<Item = UploadPart>,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_files_upload_sessions_id_commit",
            method: reqwest::Method::POST,
            path: "/files/upload_sessions/{upload_session_id}/commit",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Code(412), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("upload_session_id", upload_session_id.as_ref());
        call.header("digest", digest.as_ref());
        Self { call, body: CreateFileUploadSessionCommitRequestBody { parts: parts.into_iter().collect() } }
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
}

request_builder!(
    runtime, CreateFileUploadSessionCommit(body) => outcomes
    CreateFileUploadSessionCommitResponse
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1upload_sessions/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateFileUploadSessionRequestBody {
    /// The ID of the folder to upload the new file to.
    pub folder_id: String,
    /// The total number of bytes of the file to be uploaded.
    pub file_size: i64,
    /// The name of new file.
    pub file_name: String,
}

serialize_struct!(
    runtime,
    CreateFileUploadSessionRequestBody {
        folder_id: required("folder_id"),
        file_size: required("file_size"),
        file_name: required("file_name")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateFileUploadSessionRequestBody {
        folder_id: required::<String>("folder_id"),
        file_size: required::<i64>("file_size"),
        file_name: required::<String>("file_name")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1upload_sessions/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateFileUploadSessionForExistingFileRequestBody {
    /// The total number of bytes of the file to be uploaded.
    pub file_size: i64,
    /// The optional new name of new file.
    pub file_name: Option<String>,
}

serialize_struct!(
    runtime,
    CreateFileUploadSessionForExistingFileRequestBody {
        file_size: required("file_size"),
        file_name: optional("file_name")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateFileUploadSessionForExistingFileRequestBody {
        file_size: required::<i64>("file_size"),
        file_name: optional::<Option<String>>("file_name")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1upload_sessions~1{upload_session_id}~1commit/post/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct CreateFileUploadSessionCommitRequestBody {
    /// The list details for the uploaded parts.
    pub parts: Vec<UploadPart>,
}

serialize_struct!(runtime, CreateFileUploadSessionCommitRequestBody { parts: required("parts") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CreateFileUploadSessionCommitRequestBody { parts: required::<Vec<crate::models::UploadPart>>("parts") }
);

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateFileUploadSessionCommitResponse {
    /// HTTP 201: Returns the file object in a list.
    Created(Files),
    /// HTTP 202: Returns when all chunks have been uploaded but not yet processed.
    ///
    /// Inspect the upload session to get more information about the
    /// progress of processing the chunks, then retry committing the file
    /// when all chunks have processed.
    Accepted,
}

impl CreateFileUploadSessionCommitResponse {
    fn decode(response: &RawResponse) -> Result<Self, Error> {
        match response.status.as_u16() {
            201 => response.json().map(Self::Created),
            202 => Ok(Self::Accepted),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}

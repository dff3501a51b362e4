// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `uploads` operations: [`UploadsManager`] and one request builder per operation.

/// Reach it with [`Client::uploads`](crate::Client::uploads) or [`UploadsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct UploadsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> UploadsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Upload file version
    ///
    /// Update a file's content. For file sizes over 50MB we recommend
    /// using the Chunk Upload APIs.
    ///
    /// The `attributes` part of the body must come **before** the
    /// `file` part. Requests that do not follow this format when
    /// uploading the file will receive a HTTP `400` error with a
    /// `metadata_after_file_contents` error code.
    ///
    /// `POST /files/{file_id}/content`
    #[inline]
    pub fn upload_file_version(
        &self,
        file_id: impl AsRef<str>,
        attributes: UploadFileVersionAttributes,
        file: crate::runtime::FilePart,
    ) -> UploadFileVersion<'a> {
        UploadFileVersion::new(self.client, file_id, attributes, file)
    }

    /// Upload file
    ///
    /// Uploads a small file to Box. For file sizes over 50MB we recommend
    /// using the Chunk Upload APIs.
    ///
    /// The `attributes` part of the body must come **before** the
    /// `file` part. Requests that do not follow this format when
    /// uploading the file will receive a HTTP `400` error with a
    /// `metadata_after_file_contents` error code.
    ///
    /// `POST /files/content`
    #[inline]
    pub fn upload_file(&self, attributes: UploadFileAttributes, file: crate::runtime::FilePart) -> UploadFile<'a> {
        UploadFile::new(self.client, attributes, file)
    }

    /// Preflight check before upload
    ///
    /// Performs a check to verify that a file will be accepted by Box
    /// before you upload the entire file.
    ///
    /// `OPTIONS /files/content`
    #[inline]
    pub fn preflight_file_upload_check(&self) -> PreflightFileUploadCheck<'a> {
        PreflightFileUploadCheck::new(self.client)
    }
}

/// Request builder for [`UploadsManager::upload_file_version`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UploadFileVersion<'a> {
    call: crate::runtime::Call<'a>,
    body: UploadFileVersionRequestBody,
}

impl<'a> UploadFileVersion<'a> {
    #[inline]
    fn new(
        client: &'a crate::Client,
        file_id: impl AsRef<str>,
        attributes: UploadFileVersionAttributes,
        file: crate::runtime::FilePart,
    ) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_files_id_content",
            method: reqwest::Method::POST,
            path: "/files/{file_id}/content",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(412), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call, body: UploadFileVersionRequestBody { attributes, file } }
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

    /// An optional header containing the SHA1 hash of the file to
    /// ensure that the file was not corrupted in transit.
    #[inline]
    pub fn content_md5(mut self, content_md5: impl AsRef<str>) -> Self {
        self.call.header("content-md5", content_md5.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Files> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Files>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UploadFileVersion<'a> {
    type Output = Result<crate::models::Files, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Files>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Files>)
    }
}

/// Request builder for [`UploadsManager::upload_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UploadFile<'a> {
    call: crate::runtime::Call<'a>,
    body: UploadFileRequestBody,
}

impl<'a> UploadFile<'a> {
    #[inline]
    fn new(client: &'a crate::Client, attributes: UploadFileAttributes, file: crate::runtime::FilePart) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_files_content",
            method: reqwest::Method::POST,
            path: "/files/content",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(400), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call, body: UploadFileRequestBody { attributes, file } }
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

    /// An optional header containing the SHA1 hash of the file to
    /// ensure that the file was not corrupted in transit.
    #[inline]
    pub fn content_md5(mut self, content_md5: impl AsRef<str>) -> Self {
        self.call.header("content-md5", content_md5.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Files> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Files>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UploadFile<'a> {
    type Output = Result<crate::models::Files, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Files>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Files>)
    }
}

/// Request builder for [`UploadsManager::preflight_file_upload_check`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PreflightFileUploadCheck<'a> {
    call: crate::runtime::Call<'a>,
    body: PreflightFileUploadCheckRequestBody,
}

impl<'a> PreflightFileUploadCheck<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "options_files_content",
            method: reqwest::Method::OPTIONS,
            path: "/files/content",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ConflictError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call, body: PreflightFileUploadCheckRequestBody { name: None, size: None, parent: None } }
    }

    /// The name for the file.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }

    /// The size of the file in bytes.
    #[inline]
    pub fn size(mut self, size: i32) -> Self {
        self.body.size = Some(size);
        self
    }

    /// The `parent` property, which the spec does not describe (`#/paths/~1files~1content/options/requestBody/content/application~1json/schema/properties/parent`).
    #[inline]
    pub fn parent(mut self, parent: PreflightFileUploadCheckParent) -> Self {
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::UploadUrl> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::UploadUrl>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for PreflightFileUploadCheck<'a> {
    type Output = Result<crate::models::UploadUrl, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::UploadUrl>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::UploadUrl>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1content/post/requestBody/content/multipart~1form-data/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UploadFileVersionRequestBody {
    /// The additional attributes of the file being uploaded. Mainly the
    /// name and the parent folder. These attributes are part of the multi
    /// part request body and are in JSON format.
    ///
    /// \<Message warning\>
    ///
    ///   The `attributes` part of the body must come **before** the
    ///   `file` part. Requests that do not follow this format when
    ///   uploading the file will receive a HTTP `400` error with a
    ///   `metadata_after_file_contents` error code.
    ///
    /// \</Message\>
    pub attributes: UploadFileVersionAttributes,
    /// The content of the file to upload to Box.
    ///
    /// \<Message warning\>
    ///
    ///   The `attributes` part of the body must come **before** the
    ///   `file` part. Requests that do not follow this format when
    ///   uploading the file will receive a HTTP `400` error with a
    ///   `metadata_after_file_contents` error code.
    ///
    /// \</Message\>
    pub file: crate::runtime::FilePart,
}

/// The additional attributes of the file being uploaded. Mainly the
/// name and the parent folder. These attributes are part of the multi
/// part request body and are in JSON format.
///
/// \<Message warning\>
///
///   The `attributes` part of the body must come **before** the
///   `file` part. Requests that do not follow this format when
///   uploading the file will receive a HTTP `400` error with a
///   `metadata_after_file_contents` error code.
///
/// \</Message\>
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UploadFileVersionAttributes {
    /// An optional new name for the file. If specified, the file
    /// will be renamed when the new version is uploaded.
    pub name: String,
    /// Defines the time the file was last modified at.
    ///
    /// If not set, the upload time will be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// An inline schema, which the spec does not describe (`#/paths/~1files~1content/post/requestBody/content/multipart~1form-data/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UploadFileRequestBody {
    /// The additional attributes of the file being uploaded. Mainly the
    /// name and the parent folder. These attributes are part of the multi
    /// part request body and are in JSON format.
    ///
    /// \<Message warning\>
    ///
    ///   The `attributes` part of the body must come **before** the
    ///   `file` part. Requests that do not follow this format when
    ///   uploading the file will receive a HTTP `400` error with a
    ///   `metadata_after_file_contents` error code.
    ///
    /// \</Message\>
    pub attributes: UploadFileAttributes,
    /// The content of the file to upload to Box.
    ///
    /// \<Message warning\>
    ///
    ///   The `attributes` part of the body must come **before** the
    ///   `file` part. Requests that do not follow this format when
    ///   uploading the file will receive a HTTP `400` error with a
    ///   `metadata_after_file_contents` error code.
    ///
    /// \</Message\>
    pub file: crate::runtime::FilePart,
}

/// The additional attributes of the file being uploaded. Mainly the
/// name and the parent folder. These attributes are part of the multi
/// part request body and are in JSON format.
///
/// \<Message warning\>
///
///   The `attributes` part of the body must come **before** the
///   `file` part. Requests that do not follow this format when
///   uploading the file will receive a HTTP `400` error with a
///   `metadata_after_file_contents` error code.
///
/// \</Message\>
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UploadFileAttributes {
    /// The name of the file.
    ///
    /// File names must be unique within their parent folder. The name check is case-insensitive, so a file
    /// named `New File` cannot be created in a parent folder that already contains a folder named `new file`.
    pub name: String,
    /// The parent folder to upload the file to.
    pub parent: UploadFileAttributesParentField,
    /// Defines the time the file was originally created at.
    ///
    /// If not set, the upload time will be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines the time the file was last modified at.
    ///
    /// If not set, the upload time will be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The parent folder to upload the file to.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UploadFileAttributesParentField {
    /// The id of the parent folder. Use
    /// `0` for the user's root folder.
    pub id: String,
}

/// An inline schema, which the spec does not describe (`#/paths/~1files~1content/options/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PreflightFileUploadCheckRequestBody {
    /// The name for the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The size of the file in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i32>,
    /// The `parent` property, which the spec does not describe (`#/paths/~1files~1content/options/requestBody/content/application~1json/schema/properties/parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<PreflightFileUploadCheckParent>,
}

/// The parent for this item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PreflightFileUploadCheckParent {
    /// The ID of parent item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

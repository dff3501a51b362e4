// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `uploads` operations: [`UploadsManager`] and one request builder per operation.

use crate::models::{ClientError, ConflictError, Files, UploadUrl};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, FilePart, OperationSpec, decode_error, request_builder, serialize_struct,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::uploads`](crate::Client::uploads) or [`UploadsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct UploadsManager<'a> {
    client: &'a Client,
}

impl<'a> UploadsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
        file: FilePart,
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
    pub fn upload_file(&self, attributes: UploadFileAttributes, file: FilePart) -> UploadFile<'a> {
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
    call: Call<'a>,
    body: UploadFileVersionRequestBody,
}

impl<'a> UploadFileVersion<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        file_id: impl AsRef<str>,
        attributes: UploadFileVersionAttributes,
        file: FilePart,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_files_id_content",
            method: reqwest::Method::POST,
            path: "/files/{file_id}/content",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[
                (ErrorStatus::Code(412), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, UploadFileVersion(body) => json Files);

/// Request builder for [`UploadsManager::upload_file`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UploadFile<'a> {
    call: Call<'a>,
    body: UploadFileRequestBody,
}

impl<'a> UploadFile<'a> {
    #[inline]
    fn new(client: &'a Client, attributes: UploadFileAttributes, file: FilePart) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_files_content",
            method: reqwest::Method::POST,
            path: "/files/content",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[
                (ErrorStatus::Code(400), decode_error::<ClientError>),
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, UploadFile(body) => json Files);

/// Request builder for [`UploadsManager::preflight_file_upload_check`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PreflightFileUploadCheck<'a> {
    call: Call<'a>,
    body: PreflightFileUploadCheckRequestBody,
}

impl<'a> PreflightFileUploadCheck<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "options_files_content",
            method: reqwest::Method::OPTIONS,
            path: "/files/content",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(409), decode_error::<ConflictError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, PreflightFileUploadCheck(body) => json UploadUrl);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1content/post/requestBody/content/multipart~1form-data/schema`).
#[derive(Clone, Debug, PartialEq)]
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
    pub file: FilePart,
}

serialize_struct!(runtime, UploadFileVersionRequestBody { attributes: required("attributes"), file: required("file") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UploadFileVersionRequestBody {
        attributes: required::<UploadFileVersionAttributes>("attributes"),
        file: required::<crate::runtime::FilePart>("file")
    }
);

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
#[derive(Clone, Debug, PartialEq)]
pub struct UploadFileVersionAttributes {
    /// An optional new name for the file. If specified, the file
    /// will be renamed when the new version is uploaded.
    pub name: String,
    /// Defines the time the file was last modified at.
    ///
    /// If not set, the upload time will be used.
    pub content_modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

serialize_struct!(
    runtime,
    UploadFileVersionAttributes { name: required("name"), content_modified_at: optional("content_modified_at") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UploadFileVersionAttributes {
        name: required::<String>("name"),
        content_modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_modified_at")
    }
);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1content/post/requestBody/content/multipart~1form-data/schema`).
#[derive(Clone, Debug, PartialEq)]
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
    pub file: FilePart,
}

serialize_struct!(runtime, UploadFileRequestBody { attributes: required("attributes"), file: required("file") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UploadFileRequestBody {
        attributes: required::<UploadFileAttributes>("attributes"),
        file: required::<crate::runtime::FilePart>("file")
    }
);

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
#[derive(Clone, Debug, PartialEq)]
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
    pub content_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Defines the time the file was last modified at.
    ///
    /// If not set, the upload time will be used.
    pub content_modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

serialize_struct!(
    runtime,
    UploadFileAttributes {
        name: required("name"),
        parent: required("parent"),
        content_created_at: optional("content_created_at"),
        content_modified_at: optional("content_modified_at")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UploadFileAttributes {
        name: required::<String>("name"),
        parent: required::<UploadFileAttributesParentField>("parent"),
        content_created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_created_at"),
        content_modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("content_modified_at")
    }
);

/// The parent folder to upload the file to.
#[derive(Clone, Debug, PartialEq)]
pub struct UploadFileAttributesParentField {
    /// The id of the parent folder. Use
    /// `0` for the user's root folder.
    pub id: String,
}

serialize_struct!(runtime, UploadFileAttributesParentField { id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(crate::runtime, UploadFileAttributesParentField { id: required::<String>("id") });

/// An inline schema, which the spec does not describe (`#/paths/~1files~1content/options/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PreflightFileUploadCheckRequestBody {
    /// The name for the file.
    pub name: Option<String>,
    /// The size of the file in bytes.
    pub size: Option<i32>,
    /// The `parent` property, which the spec does not describe (`#/paths/~1files~1content/options/requestBody/content/application~1json/schema/properties/parent`).
    pub parent: Option<PreflightFileUploadCheckParent>,
}

serialize_struct!(
    runtime,
    PreflightFileUploadCheckRequestBody { name: optional("name"), size: optional("size"), parent: optional("parent") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PreflightFileUploadCheckRequestBody {
        name: optional::<Option<String>>("name"),
        size: optional::<Option<i32>>("size"),
        parent: optional::<Option<PreflightFileUploadCheckParent>>("parent")
    }
);

/// The parent for this item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PreflightFileUploadCheckParent {
    /// The ID of parent item.
    pub id: Option<String>,
}

serialize_struct!(runtime, PreflightFileUploadCheckParent { id: optional("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PreflightFileUploadCheckParent { id: optional::<Option<String>>("id") }
);

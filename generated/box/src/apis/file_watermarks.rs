// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `file_watermarks` operations: [`FileWatermarksManager`] and one request builder per operation.

use crate::models::{ClientError, Watermark};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::file_watermarks`](crate::Client::file_watermarks) or [`FileWatermarksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FileWatermarksManager<'a> {
    client: &'a Client,
}

impl<'a> FileWatermarksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Get watermark on file
    ///
    /// Retrieve the watermark for a file.
    ///
    /// `GET /files/{file_id}/watermark`
    #[inline]
    pub fn get_file_watermark(&self, file_id: impl AsRef<str>) -> GetFileWatermark<'a> {
        GetFileWatermark::new(self.client, file_id)
    }

    /// Apply watermark to file
    ///
    /// Applies or update a watermark on a file.
    ///
    /// `PUT /files/{file_id}/watermark`
    #[inline]
    pub fn update_file_watermark(
        &self,
        file_id: impl AsRef<str>,
        watermark: UpdateFileWatermarkWatermark,
    ) -> UpdateFileWatermark<'a> {
        UpdateFileWatermark::new(self.client, file_id, watermark)
    }

    /// Remove watermark from file
    ///
    /// Removes the watermark from a file.
    ///
    /// `DELETE /files/{file_id}/watermark`
    #[inline]
    pub fn delete_file_watermark(&self, file_id: impl AsRef<str>) -> DeleteFileWatermark<'a> {
        DeleteFileWatermark::new(self.client, file_id)
    }
}

/// Request builder for [`FileWatermarksManager::get_file_watermark`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileWatermark<'a> {
    call: Call<'a>,
}

impl<'a> GetFileWatermark<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_files_id_watermark",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/watermark",
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

request_builder!(runtime, GetFileWatermark => json Watermark);

/// Request builder for [`FileWatermarksManager::update_file_watermark`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateFileWatermark<'a> {
    call: Call<'a>,
    body: UpdateFileWatermarkRequestBody,
}

impl<'a> UpdateFileWatermark<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>, watermark: UpdateFileWatermarkWatermark) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_files_id_watermark",
            method: reqwest::Method::PUT,
            path: "/files/{file_id}/watermark",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call, body: UpdateFileWatermarkRequestBody { watermark } }
    }
}

request_builder!(runtime, UpdateFileWatermark(body) => json Watermark);

/// Request builder for [`FileWatermarksManager::delete_file_watermark`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFileWatermark<'a> {
    call: Call<'a>,
}

impl<'a> DeleteFileWatermark<'a> {
    #[inline]
    fn new(client: &'a Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_files_id_watermark",
            method: reqwest::Method::DELETE,
            path: "/files/{file_id}/watermark",
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

request_builder!(runtime, DeleteFileWatermark => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1watermark/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateFileWatermarkRequestBody {
    /// The watermark to imprint on the file.
    pub watermark: UpdateFileWatermarkWatermark,
}

serialize_struct!(runtime, UpdateFileWatermarkRequestBody { watermark: required("watermark") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFileWatermarkRequestBody { watermark: required::<UpdateFileWatermarkWatermark>("watermark") }
);

/// The watermark to imprint on the file.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateFileWatermarkWatermark {
    /// The type of watermark to apply.
    ///
    /// Currently only supports one option.
    pub imprint: UpdateFileWatermarkWatermarkImprintField,
}

serialize_struct!(runtime, UpdateFileWatermarkWatermark { imprint: required("imprint") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFileWatermarkWatermark { imprint: required::<UpdateFileWatermarkWatermarkImprintField>("imprint") }
);

/// The type of watermark to apply.
///
/// Currently only supports one option.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFileWatermarkWatermarkImprintField {
    /// `default`
    Default,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateFileWatermarkWatermarkImprintField, Unknown, Default = "default");

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `folder_watermarks` operations: [`FolderWatermarksManager`] and one request builder per operation.

use crate::models::{ClientError, Watermark};
use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, decode_error, request_builder, serialize_struct, string_enum,
};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::folder_watermarks`](crate::Client::folder_watermarks) or [`FolderWatermarksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FolderWatermarksManager<'a> {
    client: &'a Client,
}

impl<'a> FolderWatermarksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Get watermark for folder
    ///
    /// Retrieve the watermark for a folder.
    ///
    /// `GET /folders/{folder_id}/watermark`
    #[inline]
    pub fn get_folder_watermark(&self, folder_id: impl AsRef<str>) -> GetFolderWatermark<'a> {
        GetFolderWatermark::new(self.client, folder_id)
    }

    /// Apply watermark to folder
    ///
    /// Applies or update a watermark on a folder.
    ///
    /// `PUT /folders/{folder_id}/watermark`
    #[inline]
    pub fn update_folder_watermark(
        &self,
        folder_id: impl AsRef<str>,
        watermark: UpdateFolderWatermarkWatermark,
    ) -> UpdateFolderWatermark<'a> {
        UpdateFolderWatermark::new(self.client, folder_id, watermark)
    }

    /// Remove watermark from folder
    ///
    /// Removes the watermark from a folder.
    ///
    /// `DELETE /folders/{folder_id}/watermark`
    #[inline]
    pub fn delete_folder_watermark(&self, folder_id: impl AsRef<str>) -> DeleteFolderWatermark<'a> {
        DeleteFolderWatermark::new(self.client, folder_id)
    }
}

/// Request builder for [`FolderWatermarksManager::get_folder_watermark`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFolderWatermark<'a> {
    call: Call<'a>,
}

impl<'a> GetFolderWatermark<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_folders_id_watermark",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/watermark",
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

request_builder!(runtime, GetFolderWatermark => json Watermark);

/// Request builder for [`FolderWatermarksManager::update_folder_watermark`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateFolderWatermark<'a> {
    call: Call<'a>,
    body: UpdateFolderWatermarkRequestBody,
}

impl<'a> UpdateFolderWatermark<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>, watermark: UpdateFolderWatermarkWatermark) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "put_folders_id_watermark",
            method: reqwest::Method::PUT,
            path: "/folders/{folder_id}/watermark",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[(ErrorStatus::Default, decode_error::<ClientError>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        Self { call, body: UpdateFolderWatermarkRequestBody { watermark } }
    }
}

request_builder!(runtime, UpdateFolderWatermark(body) => json Watermark);

/// Request builder for [`FolderWatermarksManager::delete_folder_watermark`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFolderWatermark<'a> {
    call: Call<'a>,
}

impl<'a> DeleteFolderWatermark<'a> {
    #[inline]
    fn new(client: &'a Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "delete_folders_id_watermark",
            method: reqwest::Method::DELETE,
            path: "/folders/{folder_id}/watermark",
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

request_builder!(runtime, DeleteFolderWatermark => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1watermark/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateFolderWatermarkRequestBody {
    /// The watermark to imprint on the folder.
    pub watermark: UpdateFolderWatermarkWatermark,
}

serialize_struct!(runtime, UpdateFolderWatermarkRequestBody { watermark: required("watermark") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFolderWatermarkRequestBody { watermark: required::<UpdateFolderWatermarkWatermark>("watermark") }
);

/// The watermark to imprint on the folder.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateFolderWatermarkWatermark {
    /// The type of watermark to apply.
    ///
    /// Currently only supports one option.
    pub imprint: UpdateFolderWatermarkWatermarkImprintField,
}

serialize_struct!(runtime, UpdateFolderWatermarkWatermark { imprint: required("imprint") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    UpdateFolderWatermarkWatermark { imprint: required::<UpdateFolderWatermarkWatermarkImprintField>("imprint") }
);

/// The type of watermark to apply.
///
/// Currently only supports one option.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateFolderWatermarkWatermarkImprintField {
    /// `default`
    Default,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UpdateFolderWatermarkWatermarkImprintField, Unknown, Default = "default");

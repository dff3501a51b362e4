// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `folder_watermarks` operations: [`FolderWatermarksManager`] and one request builder per operation.

/// Reach it with [`Client::folder_watermarks`](crate::Client::folder_watermarks) or [`FolderWatermarksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FolderWatermarksManager<'a> {
    client: &'a crate::Client,
}

impl<'a> FolderWatermarksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFolderWatermark<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_folders_id_watermark",
            method: reqwest::Method::GET,
            path: "/folders/{folder_id}/watermark",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Watermark> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Watermark>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFolderWatermark<'a> {
    type Output = Result<crate::models::Watermark, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Watermark>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Watermark>)
    }
}

/// Request builder for [`FolderWatermarksManager::update_folder_watermark`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateFolderWatermark<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateFolderWatermarkRequestBody,
}

impl<'a> UpdateFolderWatermark<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>, watermark: UpdateFolderWatermarkWatermark) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_folders_id_watermark",
            method: reqwest::Method::PUT,
            path: "/folders/{folder_id}/watermark",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("folder_id", folder_id.as_ref());
        Self { call, body: UpdateFolderWatermarkRequestBody { watermark } }
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Watermark> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Watermark>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        let mut call = self.call;
        call.body(&self.body);
        call
    }
}

impl<'a> std::future::IntoFuture for UpdateFolderWatermark<'a> {
    type Output = Result<crate::models::Watermark, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Watermark>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Watermark>)
    }
}

/// Request builder for [`FolderWatermarksManager::delete_folder_watermark`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFolderWatermark<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteFolderWatermark<'a> {
    #[inline]
    fn new(client: &'a crate::Client, folder_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_folders_id_watermark",
            method: reqwest::Method::DELETE,
            path: "/folders/{folder_id}/watermark",
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

impl<'a> std::future::IntoFuture for DeleteFolderWatermark<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1folders~1{folder_id}~1watermark/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateFolderWatermarkRequestBody {
    /// The watermark to imprint on the folder.
    pub watermark: UpdateFolderWatermarkWatermark,
}

/// The watermark to imprint on the folder.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateFolderWatermarkWatermark {
    /// The type of watermark to apply.
    ///
    /// Currently only supports one option.
    pub imprint: UpdateFolderWatermarkWatermarkImprintField,
}

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

impl UpdateFolderWatermarkWatermarkImprintField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateFolderWatermarkWatermarkImprintField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "default" => Self::Default,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UpdateFolderWatermarkWatermarkImprintField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateFolderWatermarkWatermarkImprintField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateFolderWatermarkWatermarkImprintField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `file_watermarks` operations: [`FileWatermarksManager`] and one request builder per operation.

/// Reach it with [`Client::file_watermarks`](crate::Client::file_watermarks) or [`FileWatermarksManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FileWatermarksManager<'a> {
    client: &'a crate::Client,
}

impl<'a> FileWatermarksManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFileWatermark<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_files_id_watermark",
            method: reqwest::Method::GET,
            path: "/files/{file_id}/watermark",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
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

impl<'a> std::future::IntoFuture for GetFileWatermark<'a> {
    type Output = Result<crate::models::Watermark, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Watermark>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Watermark>)
    }
}

/// Request builder for [`FileWatermarksManager::update_file_watermark`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateFileWatermark<'a> {
    call: crate::runtime::Call<'a>,
    body: UpdateFileWatermarkRequestBody,
}

impl<'a> UpdateFileWatermark<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>, watermark: UpdateFileWatermarkWatermark) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "put_files_id_watermark",
            method: reqwest::Method::PUT,
            path: "/files/{file_id}/watermark",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
        Self { call, body: UpdateFileWatermarkRequestBody { watermark } }
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

impl<'a> std::future::IntoFuture for UpdateFileWatermark<'a> {
    type Output = Result<crate::models::Watermark, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Watermark>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Watermark>)
    }
}

/// Request builder for [`FileWatermarksManager::delete_file_watermark`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteFileWatermark<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteFileWatermark<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "delete_files_id_watermark",
            method: reqwest::Method::DELETE,
            path: "/files/{file_id}/watermark",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("file_id", file_id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteFileWatermark<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1files~1{file_id}~1watermark/put/requestBody/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateFileWatermarkRequestBody {
    /// The watermark to imprint on the file.
    pub watermark: UpdateFileWatermarkWatermark,
}

/// The watermark to imprint on the file.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct UpdateFileWatermarkWatermark {
    /// The type of watermark to apply.
    ///
    /// Currently only supports one option.
    pub imprint: UpdateFileWatermarkWatermarkImprintField,
}

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

impl UpdateFileWatermarkWatermarkImprintField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UpdateFileWatermarkWatermarkImprintField {
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

impl std::fmt::Display for UpdateFileWatermarkWatermarkImprintField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UpdateFileWatermarkWatermarkImprintField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UpdateFileWatermarkWatermarkImprintField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

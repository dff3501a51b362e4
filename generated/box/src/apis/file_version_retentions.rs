// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `file_version_retentions` operations: [`FileVersionRetentionsManager`] and one request builder per operation.

/// Reach it with [`Client::file_version_retentions`](crate::Client::file_version_retentions) or [`FileVersionRetentionsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FileVersionRetentionsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> FileVersionRetentionsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List file version retentions
    ///
    /// Retrieves all file version retentions for the given enterprise.
    ///
    /// **Note**:
    /// File retention API is now **deprecated**.
    /// To get information about files and file versions under retention,
    /// see [files under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-files-under-retention) or [file versions under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-file-versions-under-retention) endpoints.
    ///
    /// `GET /file_version_retentions`
    #[inline]
    pub fn get_file_version_retentions(&self) -> GetFileVersionRetentions<'a> {
        GetFileVersionRetentions::new(self.client)
    }

    /// Get retention on file
    ///
    /// Returns information about a file version retention.
    ///
    /// **Note**:
    /// File retention API is now **deprecated**.
    /// To get information about files and file versions under retention,
    /// see [files under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-files-under-retention) or [file versions under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-file-versions-under-retention) endpoints.
    ///
    /// `GET /file_version_retentions/{file_version_retention_id}`
    #[inline]
    pub fn get_file_version_retention_by_id(
        &self,
        file_version_retention_id: impl AsRef<str>,
    ) -> GetFileVersionRetentionById<'a> {
        GetFileVersionRetentionById::new(self.client, file_version_retention_id)
    }
}

/// Request builder for [`FileVersionRetentionsManager::get_file_version_retentions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersionRetentions<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFileVersionRetentions<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_file_version_retentions",
            method: reqwest::Method::GET,
            path: "/file_version_retentions",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Filters results by files with this ID.
    #[inline]
    pub fn file_id(mut self, file_id: impl AsRef<str>) -> Self {
        self.call.query("file_id", file_id.as_ref());
        self
    }

    /// Filters results by file versions with this ID.
    #[inline]
    pub fn file_version_id(mut self, file_version_id: impl AsRef<str>) -> Self {
        self.call.query("file_version_id", file_version_id.as_ref());
        self
    }

    /// Filters results by the retention policy with this ID.
    #[inline]
    pub fn policy_id(mut self, policy_id: impl AsRef<str>) -> Self {
        self.call.query("policy_id", policy_id.as_ref());
        self
    }

    /// Filters results by the retention policy with this disposition
    /// action.
    #[inline]
    pub fn disposition_action(mut self, disposition_action: GetFileVersionRetentionsDispositionAction) -> Self {
        self.call.query("disposition_action", &disposition_action);
        self
    }

    /// Filters results by files that will have their disposition
    /// come into effect before this date.
    #[inline]
    pub fn disposition_before(mut self, disposition_before: impl AsRef<str>) -> Self {
        self.call.query("disposition_before", disposition_before.as_ref());
        self
    }

    /// Filters results by files that will have their disposition
    /// come into effect after this date.
    #[inline]
    pub fn disposition_after(mut self, disposition_after: impl AsRef<str>) -> Self {
        self.call.query("disposition_after", disposition_after.as_ref());
        self
    }

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Defines the position marker at which to begin returning results. This is
    /// used when paginating using marker-based pagination.
    ///
    /// This requires `usemarker` to be set to `true`.
    #[inline]
    pub fn marker(mut self, marker: impl AsRef<str>) -> Self {
        self.call.query("marker", marker.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::FileVersionRetention> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::FileVersionRetentions>,
        )
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::FileVersionRetentions> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::FileVersionRetentions>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFileVersionRetentions<'a> {
    type Output = Result<crate::models::FileVersionRetentions, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::FileVersionRetentions>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::FileVersionRetentions>)
    }
}

/// Request builder for [`FileVersionRetentionsManager::get_file_version_retention_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersionRetentionById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFileVersionRetentionById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_version_retention_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_file_version_retentions_id",
            method: reqwest::Method::GET,
            path: "/file_version_retentions/{file_version_retention_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("file_version_retention_id", file_version_retention_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::FileVersionRetention> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::FileVersionRetention>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFileVersionRetentionById<'a> {
    type Output = Result<crate::models::FileVersionRetention, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::FileVersionRetention>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::FileVersionRetention>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1file_version_retentions/get/parameters/3/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetFileVersionRetentionsDispositionAction {
    /// `permanently_delete`
    PermanentlyDelete,
    /// `remove_retention`
    RemoveRetention,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl GetFileVersionRetentionsDispositionAction {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PermanentlyDelete => "permanently_delete",
            Self::RemoveRetention => "remove_retention",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GetFileVersionRetentionsDispositionAction {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "permanently_delete" => Self::PermanentlyDelete,
            "remove_retention" => Self::RemoveRetention,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GetFileVersionRetentionsDispositionAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetFileVersionRetentionsDispositionAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GetFileVersionRetentionsDispositionAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

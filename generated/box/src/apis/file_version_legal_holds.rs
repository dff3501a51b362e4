// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `file_version_legal_holds` operations: [`FileVersionLegalHoldsManager`] and one request builder per operation.

/// Reach it with [`Client::file_version_legal_holds`](crate::Client::file_version_legal_holds) or [`FileVersionLegalHoldsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct FileVersionLegalHoldsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> FileVersionLegalHoldsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Get file version legal hold
    ///
    /// Retrieves information about the legal hold policies
    /// assigned to a file version.
    ///
    /// `GET /file_version_legal_holds/{file_version_legal_hold_id}`
    #[inline]
    pub fn get_file_version_legal_hold_by_id(
        &self,
        file_version_legal_hold_id: impl AsRef<str>,
    ) -> GetFileVersionLegalHoldById<'a> {
        GetFileVersionLegalHoldById::new(self.client, file_version_legal_hold_id)
    }

    /// List file version legal holds
    ///
    /// Get a list of file versions on legal hold for a legal hold
    /// assignment.
    ///
    /// Due to ongoing re-architecture efforts this API might not return all file
    /// versions for this policy ID.
    ///
    /// Instead, this API will only return file versions held in the legacy
    /// architecture. Two new endpoints will available to request any file versions
    /// held in the new architecture.
    ///
    /// For file versions held in the new architecture, the `GET
    /// /legal_hold_policy_assignments/:id/file_versions_on_hold` API can be used to
    /// return all past file versions available for this policy assignment, and the
    /// `GET /legal_hold_policy_assignments/:id/files_on_hold` API can be used to
    /// return any current (latest) versions of a file under legal hold.
    ///
    /// The `GET /legal_hold_policy_assignments?policy_id={id}` API can be used to
    /// find a list of policy assignments for a given policy ID.
    ///
    /// Once the re-architecture is completed this API will be deprecated.
    ///
    /// `GET /file_version_legal_holds`
    #[inline]
    pub fn get_file_version_legal_holds(&self, policy_id: impl AsRef<str>) -> GetFileVersionLegalHolds<'a> {
        GetFileVersionLegalHolds::new(self.client, policy_id)
    }
}

/// Request builder for [`FileVersionLegalHoldsManager::get_file_version_legal_hold_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersionLegalHoldById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFileVersionLegalHoldById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, file_version_legal_hold_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_file_version_legal_holds_id",
            method: reqwest::Method::GET,
            path: "/file_version_legal_holds/{file_version_legal_hold_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("file_version_legal_hold_id", file_version_legal_hold_id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::FileVersionLegalHold> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::FileVersionLegalHold>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFileVersionLegalHoldById<'a> {
    type Output = Result<crate::models::FileVersionLegalHold, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::FileVersionLegalHold>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::FileVersionLegalHold>)
    }
}

/// Request builder for [`FileVersionLegalHoldsManager::get_file_version_legal_holds`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetFileVersionLegalHolds<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetFileVersionLegalHolds<'a> {
    #[inline]
    fn new(client: &'a crate::Client, policy_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_file_version_legal_holds",
            method: reqwest::Method::GET,
            path: "/file_version_legal_holds",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[(
                crate::runtime::ErrorStatus::Default,
                crate::runtime::decode_error::<crate::models::ClientError>,
            )],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.query("policy_id", policy_id.as_ref());
        Self { call }
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

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::FileVersionLegalHold> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::FileVersionLegalHolds>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::FileVersionLegalHolds> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::FileVersionLegalHolds>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetFileVersionLegalHolds<'a> {
    type Output = Result<crate::models::FileVersionLegalHolds, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::FileVersionLegalHolds>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::FileVersionLegalHolds>)
    }
}

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `consensus` operations: [`ConsensusApi`] and one request builder per operation.

/// Reach it with [`Client::consensus_api`](crate::Client::consensus_api) or [`ConsensusApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct ConsensusApi<'a> {
    client: &'a crate::Client,
}

impl<'a> ConsensusApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Create a consensus merge
    ///
    /// `POST /api/consensus/merges`
    #[inline]
    pub fn create_merge(&self) -> CreateMerge<'a> {
        CreateMerge::new(self.client)
    }

    /// List consensus settings instances
    ///
    /// `GET /api/consensus/settings`
    #[inline]
    pub fn list_settings(&self) -> ListSettings<'a> {
        ListSettings::new(self.client)
    }

    /// Get consensus settings instance details
    ///
    /// `GET /api/consensus/settings/{id}`
    #[inline]
    pub fn retrieve_settings(&self, id: i64) -> RetrieveSettings<'a> {
        RetrieveSettings::new(self.client, id)
    }

    /// Update a consensus settings instance
    ///
    /// `PATCH /api/consensus/settings/{id}`
    #[inline]
    pub fn partial_update_settings(&self, id: i64) -> PartialUpdateSettings<'a> {
        PartialUpdateSettings::new(self.client, id)
    }
}

/// Request builder for [`ConsensusApi::create_merge`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateMerge<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateMerge<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "consensus_create_merge",
            method: reqwest::Method::POST,
            path: "/api/consensus/merges",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1consensus~1merges/post/requestBody`).
    #[inline]
    pub fn consensus_merge_create_request(
        mut self,
        consensus_merge_create_request: crate::models::ConsensusMergeCreateRequest,
    ) -> Self {
        self.call.body(&consensus_merge_create_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::RqId> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::RqId>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateMerge<'a> {
    type Output = Result<crate::models::RqId, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::RqId>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::RqId>)
    }
}

/// Request builder for [`ConsensusApi::list_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListSettings<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> ListSettings<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "consensus_list_settings",
            method: reqwest::Method::GET,
            path: "/api/consensus/settings",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
        self
    }

    /// JSON Logic filter. This filter can be used to perform complex filtering by grouping rules.
    ///
    /// For example, using such a filter you can get all resources created by you:
    ///
    /// ```text
    /// - {"and":[{"==":[{"var":"owner"},"<user>"]}]}
    /// ```
    ///
    /// Details about the syntax used can be found at the link: <https://jsonlogic.com/>
    ///
    ///  Available filter_fields: \['id', 'task_id'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// Organization unique slug
    #[inline]
    pub fn org(mut self, org: impl AsRef<str>) -> Self {
        self.call.query("org", org.as_ref());
        self
    }

    /// Organization identifier
    #[inline]
    pub fn org_id(mut self, org_id: i64) -> Self {
        self.call.query("org_id", &org_id);
        self
    }

    /// A page number within the paginated result set.
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        self.call.query("page", &page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.call.query("page_size", &page_size);
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['id'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the task_id field
    #[inline]
    pub fn task_id(mut self, task_id: i64) -> Self {
        self.call.query("task_id", &task_id);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::ConsensusSettings> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedConsensusSettingsList>,
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
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedConsensusSettingsList> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedConsensusSettingsList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for ListSettings<'a> {
    type Output = Result<crate::models::PaginatedConsensusSettingsList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedConsensusSettingsList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedConsensusSettingsList>)
    }
}

/// Request builder for [`ConsensusApi::retrieve_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveSettings<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveSettings<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "consensus_retrieve_settings",
            method: reqwest::Method::GET,
            path: "/api/consensus/settings/{id}",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ConsensusSettings> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::ConsensusSettings>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveSettings<'a> {
    type Output = Result<crate::models::ConsensusSettings, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ConsensusSettings>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ConsensusSettings>)
    }
}

/// Request builder for [`ConsensusApi::partial_update_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateSettings<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdateSettings<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "consensus_partial_update_settings",
            method: reqwest::Method::PATCH,
            path: "/api/consensus/settings/{id}",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1consensus~1settings~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_consensus_settings_request(
        mut self,
        patched_consensus_settings_request: crate::models::PatchedConsensusSettingsRequest,
    ) -> Self {
        self.call.body(&patched_consensus_settings_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ConsensusSettings> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::ConsensusSettings>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdateSettings<'a> {
    type Output = Result<crate::models::ConsensusSettings, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ConsensusSettings>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ConsensusSettings>)
    }
}

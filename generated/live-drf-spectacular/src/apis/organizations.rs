// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! The `organizations` operations: [`OrganizationsApi`] and one request builder per operation.

/// Reach it with [`Client::organizations_api`](crate::Client::organizations_api) or [`OrganizationsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct OrganizationsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> OrganizationsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// `GET /api/organizations`
    ///
    /// `GET /api/organizations`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// `POST /api/organizations`
    ///
    /// `POST /api/organizations`
    #[inline]
    pub fn create(&self, organization_request: crate::models::OrganizationRequest) -> Create<'a> {
        Create::new(self.client, organization_request)
    }

    /// `GET /api/organizations/{id}`
    ///
    /// `GET /api/organizations/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// `PUT /api/organizations/{id}`
    ///
    /// `PUT /api/organizations/{id}`
    #[inline]
    pub fn update(&self, id: i64, organization_request: crate::models::OrganizationRequest) -> Update<'a> {
        Update::new(self.client, id, organization_request)
    }

    /// `DELETE /api/organizations/{id}`
    ///
    /// `DELETE /api/organizations/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// `PATCH /api/organizations/{id}`
    ///
    /// `PATCH /api/organizations/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }

    /// The logo as uploaded, as `application/octet-stream`.
    ///
    /// `GET /api/organizations/{id}/logo`
    #[inline]
    pub fn logo_retrieve(&self, id: i64) -> LogoRetrieve<'a> {
        LogoRetrieve::new(self.client, id)
    }

    /// Upload (or replace) the logo: a multipart form with `file` and `caption`.
    ///
    /// `POST /api/organizations/{id}/logo`
    #[inline]
    pub fn logo_create(&self, id: i64, logo_upload_request: crate::models::LogoUploadRequest) -> LogoCreate<'a> {
        LogoCreate::new(self.client, id, logo_upload_request)
    }
}

/// Request builder for [`OrganizationsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_list",
            method: reqwest::Method::GET,
            path: "/api/organizations",
            security: &[
                &[&crate::SECURITY_SCHEMES[4]],
                &[&crate::SECURITY_SCHEMES[3], &crate::SECURITY_SCHEMES[1], &crate::SECURITY_SCHEMES[2]],
                &[&crate::SECURITY_SCHEMES[0]],
            ],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// Which field to use when ordering the results.
    #[inline]
    pub fn ordering(mut self, ordering: impl AsRef<str>) -> Self {
        self.call.query("ordering", ordering.as_ref());
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

    /// A search term.
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::Organization> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedOrganizationList>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedOrganizationList> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedOrganizationList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for List<'a> {
    type Output = Result<crate::models::PaginatedOrganizationList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedOrganizationList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedOrganizationList>)
    }
}

/// Request builder for [`OrganizationsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a crate::Client, organization_request: crate::models::OrganizationRequest) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_create",
            method: reqwest::Method::POST,
            path: "/api/organizations",
            security: &[
                &[&crate::SECURITY_SCHEMES[4]],
                &[&crate::SECURITY_SCHEMES[3], &crate::SECURITY_SCHEMES[1], &crate::SECURITY_SCHEMES[2]],
                &[&crate::SECURITY_SCHEMES[0]],
            ],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.body(&organization_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Organization> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Organization>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Create<'a> {
    type Output = Result<crate::models::Organization, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Organization>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Organization>)
    }
}

/// Request builder for [`OrganizationsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_retrieve",
            method: reqwest::Method::GET,
            path: "/api/organizations/{id}",
            security: &[
                &[&crate::SECURITY_SCHEMES[4]],
                &[&crate::SECURITY_SCHEMES[3], &crate::SECURITY_SCHEMES[1], &crate::SECURITY_SCHEMES[2]],
                &[&crate::SECURITY_SCHEMES[0]],
            ],
            accept: Some("application/json"),
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Organization> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Organization>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Retrieve<'a> {
    type Output = Result<crate::models::Organization, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Organization>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Organization>)
    }
}

/// Request builder for [`OrganizationsApi::update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Update<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Update<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64, organization_request: crate::models::OrganizationRequest) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_update",
            method: reqwest::Method::PUT,
            path: "/api/organizations/{id}",
            security: &[
                &[&crate::SECURITY_SCHEMES[4]],
                &[&crate::SECURITY_SCHEMES[3], &crate::SECURITY_SCHEMES[1], &crate::SECURITY_SCHEMES[2]],
                &[&crate::SECURITY_SCHEMES[0]],
            ],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&organization_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Organization> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Organization>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Update<'a> {
    type Output = Result<crate::models::Organization, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Organization>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Organization>)
    }
}

/// Request builder for [`OrganizationsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/organizations/{id}",
            security: &[
                &[&crate::SECURITY_SCHEMES[4]],
                &[&crate::SECURITY_SCHEMES[3], &crate::SECURITY_SCHEMES[1], &crate::SECURITY_SCHEMES[2]],
                &[&crate::SECURITY_SCHEMES[0]],
            ],
            accept: None,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Destroy<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`OrganizationsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/organizations/{id}",
            security: &[
                &[&crate::SECURITY_SCHEMES[4]],
                &[&crate::SECURITY_SCHEMES[3], &crate::SECURITY_SCHEMES[1], &crate::SECURITY_SCHEMES[2]],
                &[&crate::SECURITY_SCHEMES[0]],
            ],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1organizations~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_organization_request(
        mut self,
        patched_organization_request: crate::models::PatchedOrganizationRequest,
    ) -> Self {
        self.call.body(&patched_organization_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Organization> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Organization>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdate<'a> {
    type Output = Result<crate::models::Organization, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Organization>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Organization>)
    }
}

/// Request builder for [`OrganizationsApi::logo_retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct LogoRetrieve<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> LogoRetrieve<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_logo_retrieve",
            method: reqwest::Method::GET,
            path: "/api/organizations/{id}/logo",
            security: &[
                &[&crate::SECURITY_SCHEMES[4]],
                &[&crate::SECURITY_SCHEMES[3], &crate::SECURITY_SCHEMES[1], &crate::SECURITY_SCHEMES[2]],
                &[&crate::SECURITY_SCHEMES[0]],
            ],
            accept: Some("application/octet-stream"),
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl std::future::Future<Output = Result<crate::runtime::Download, crate::Error>> + 'a {
        self.into_call().send_streaming()
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, bytes::Bytes> {
        self.into_call().send_decoded_with_response(crate::runtime::response::bytes)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for LogoRetrieve<'a> {
    type Output = Result<bytes::Bytes, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, bytes::Bytes>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::bytes)
    }
}

/// Request builder for [`OrganizationsApi::logo_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct LogoCreate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> LogoCreate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64, logo_upload_request: crate::models::LogoUploadRequest) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_logo_create",
            method: reqwest::Method::POST,
            path: "/api/organizations/{id}/logo",
            security: &[
                &[&crate::SECURITY_SCHEMES[4]],
                &[&crate::SECURITY_SCHEMES[3], &crate::SECURITY_SCHEMES[1], &crate::SECURITY_SCHEMES[2]],
                &[&crate::SECURITY_SCHEMES[0]],
            ],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&logo_upload_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Logo> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Logo>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for LogoCreate<'a> {
    type Output = Result<crate::models::Logo, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Logo>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Logo>)
    }
}

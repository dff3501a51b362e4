// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! The `invitations` operations: [`InvitationsApi`] and one request builder per operation.

/// Reach it with [`Client::invitations_api`](crate::Client::invitations_api) or [`InvitationsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct InvitationsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> InvitationsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Method returns a paginated list of invitations according to query parameters
    ///
    /// `GET /api/invitations`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Method creates an invitation
    ///
    /// `POST /api/invitations`
    #[inline]
    pub fn create(&self, invitation_write_request: crate::models::InvitationWriteRequest) -> Create<'a> {
        Create::new(self.client, invitation_write_request)
    }

    /// Method returns details of an invitation
    ///
    /// `GET /api/invitations/{key}`
    #[inline]
    pub fn retrieve(&self, key: impl AsRef<str>) -> Retrieve<'a> {
        Retrieve::new(self.client, key)
    }

    /// Method deletes an invitation
    ///
    /// `DELETE /api/invitations/{key}`
    #[inline]
    pub fn destroy(&self, key: impl AsRef<str>) -> Destroy<'a> {
        Destroy::new(self.client, key)
    }

    /// Methods does a partial update of chosen fields in an invitation
    ///
    /// `PATCH /api/invitations/{key}`
    #[inline]
    pub fn partial_update(&self, key: impl AsRef<str>) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, key)
    }
}

/// Request builder for [`InvitationsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "invitations_list",
            method: reqwest::Method::GET,
            path: "/api/invitations",
            security: &[
                &[&crate::SECURITY_SCHEMES[6]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
                &[&crate::SECURITY_SCHEMES[5]],
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

    /// A filter term. Avaliable filter_fields: ('owner',)
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

    /// A search term. Avaliable search_fields: ('owner',)
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Avaliable ordering_fields: \['owner', 'created_date'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::InvitationRead> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedInvitationReadList>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedInvitationReadList> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedInvitationReadList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for List<'a> {
    type Output = Result<crate::models::PaginatedInvitationReadList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedInvitationReadList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedInvitationReadList>)
    }
}

/// Request builder for [`InvitationsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a crate::Client, invitation_write_request: crate::models::InvitationWriteRequest) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "invitations_create",
            method: reqwest::Method::POST,
            path: "/api/invitations",
            security: &[
                &[&crate::SECURITY_SCHEMES[6]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
                &[&crate::SECURITY_SCHEMES[5]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[
                (crate::runtime::BodyEncoding::Json, "application/json"),
                (crate::runtime::BodyEncoding::Form, "application/x-www-form-urlencoded"),
                (crate::runtime::BodyEncoding::Multipart, "multipart/form-data"),
                (crate::runtime::BodyEncoding::Binary, "application/offset+octet-stream"),
            ],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.body(&invitation_write_request);
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
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

    /// Sends the body as a form (`application/x-www-form-urlencoded`).
    #[inline]
    pub fn form(mut self) -> Self {
        self.call.encoding(crate::runtime::BodyEncoding::Form);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(crate::runtime::BodyEncoding::Multipart);
        self
    }

    /// Sends `content` as the body instead, as `application/offset+octet-stream`.
    #[inline]
    pub fn file_body(mut self, content: crate::runtime::FilePart) -> Self {
        self.call.file_body(content);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::InvitationWrite> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::InvitationWrite>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Create<'a> {
    type Output = Result<crate::models::InvitationWrite, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::InvitationWrite>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::InvitationWrite>)
    }
}

/// Request builder for [`InvitationsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a crate::Client, key: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "invitations_retrieve",
            method: reqwest::Method::GET,
            path: "/api/invitations/{key}",
            security: &[
                &[&crate::SECURITY_SCHEMES[6]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
                &[&crate::SECURITY_SCHEMES[5]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::InvitationRead> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::InvitationRead>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Retrieve<'a> {
    type Output = Result<crate::models::InvitationRead, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::InvitationRead>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::InvitationRead>)
    }
}

/// Request builder for [`InvitationsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a crate::Client, key: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "invitations_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/invitations/{key}",
            security: &[
                &[&crate::SECURITY_SCHEMES[6]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
                &[&crate::SECURITY_SCHEMES[5]],
            ],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
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

/// Request builder for [`InvitationsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, key: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "invitations_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/invitations/{key}",
            security: &[
                &[&crate::SECURITY_SCHEMES[6]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
                &[&crate::SECURITY_SCHEMES[5]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[
                (crate::runtime::BodyEncoding::Json, "application/json"),
                (crate::runtime::BodyEncoding::Form, "application/x-www-form-urlencoded"),
                (crate::runtime::BodyEncoding::Multipart, "multipart/form-data"),
                (crate::runtime::BodyEncoding::Binary, "application/offset+octet-stream"),
            ],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
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

    /// The request body, which the spec does not describe (`#/paths/~1api~1invitations~1{key}/patch/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.form()` for `application/x-www-form-urlencoded`, `.multipart()` for `multipart/form-data`, `.file_body(content)` to send raw `application/offset+octet-stream`.
    #[inline]
    pub fn patched_invitation_write_request(
        mut self,
        patched_invitation_write_request: crate::models::PatchedInvitationWriteRequest,
    ) -> Self {
        self.call.body(&patched_invitation_write_request);
        self
    }

    /// Sends the body as a form (`application/x-www-form-urlencoded`).
    #[inline]
    pub fn form(mut self) -> Self {
        self.call.encoding(crate::runtime::BodyEncoding::Form);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(crate::runtime::BodyEncoding::Multipart);
        self
    }

    /// Sends `content` as the body instead, as `application/offset+octet-stream`.
    #[inline]
    pub fn file_body(mut self, content: crate::runtime::FilePart) -> Self {
        self.call.file_body(content);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::InvitationWrite> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::InvitationWrite>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdate<'a> {
    type Output = Result<crate::models::InvitationWrite, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::InvitationWrite>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::InvitationWrite>)
    }
}

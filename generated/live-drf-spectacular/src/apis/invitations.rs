// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
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

    /// `GET /api/invitations`
    ///
    /// `GET /api/invitations`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// `POST /api/invitations`
    ///
    /// `POST /api/invitations`
    #[inline]
    pub fn create(&self, invitation_request: crate::models::InvitationRequest) -> Create<'a> {
        Create::new(self.client, invitation_request)
    }

    /// `GET /api/invitations/{key}`
    ///
    /// `GET /api/invitations/{key}`
    #[inline]
    pub fn retrieve(&self, key: impl AsRef<str>) -> Retrieve<'a> {
        Retrieve::new(self.client, key)
    }

    /// `DELETE /api/invitations/{key}`
    ///
    /// `DELETE /api/invitations/{key}`
    #[inline]
    pub fn destroy(&self, key: impl AsRef<str>) -> Destroy<'a> {
        Destroy::new(self.client, key)
    }

    /// `PATCH /api/invitations/{key}`
    ///
    /// `PATCH /api/invitations/{key}`
    #[inline]
    pub fn partial_update(&self, key: impl AsRef<str>) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, key)
    }

    /// The invited user (or staff) joins the organization; the invitation is used up.
    ///
    /// `POST /api/invitations/{key}/accept`
    #[inline]
    pub fn accept_create(&self, key: impl AsRef<str>) -> AcceptCreate<'a> {
        AcceptCreate::new(self.client, key)
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::Invitation> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedInvitationList>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedInvitationList> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedInvitationList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for List<'a> {
    type Output = Result<crate::models::PaginatedInvitationList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedInvitationList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedInvitationList>)
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
    fn new(client: &'a crate::Client, invitation_request: crate::models::InvitationRequest) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "invitations_create",
            method: reqwest::Method::POST,
            path: "/api/invitations",
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
        call.body(&invitation_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Invitation> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Invitation>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Create<'a> {
    type Output = Result<crate::models::Invitation, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Invitation>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Invitation>)
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
                &[&crate::SECURITY_SCHEMES[4]],
                &[&crate::SECURITY_SCHEMES[3], &crate::SECURITY_SCHEMES[1], &crate::SECURITY_SCHEMES[2]],
                &[&crate::SECURITY_SCHEMES[0]],
            ],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("key", key.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Invitation> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Invitation>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Retrieve<'a> {
    type Output = Result<crate::models::Invitation, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Invitation>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Invitation>)
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
                &[&crate::SECURITY_SCHEMES[4]],
                &[&crate::SECURITY_SCHEMES[3], &crate::SECURITY_SCHEMES[1], &crate::SECURITY_SCHEMES[2]],
                &[&crate::SECURITY_SCHEMES[0]],
            ],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("key", key.as_ref());
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
                &[&crate::SECURITY_SCHEMES[4]],
                &[&crate::SECURITY_SCHEMES[3], &crate::SECURITY_SCHEMES[1], &crate::SECURITY_SCHEMES[2]],
                &[&crate::SECURITY_SCHEMES[0]],
            ],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1invitations~1{key}/patch/requestBody`).
    #[inline]
    pub fn patched_invitation_request(
        mut self,
        patched_invitation_request: crate::models::PatchedInvitationRequest,
    ) -> Self {
        self.call.body(&patched_invitation_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Invitation> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Invitation>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdate<'a> {
    type Output = Result<crate::models::Invitation, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Invitation>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Invitation>)
    }
}

/// Request builder for [`InvitationsApi::accept_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AcceptCreate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> AcceptCreate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, key: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "invitations_accept_create",
            method: reqwest::Method::POST,
            path: "/api/invitations/{key}/accept",
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
        call.path("key", key.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Membership> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Membership>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for AcceptCreate<'a> {
    type Output = Result<crate::models::Membership, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Membership>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Membership>)
    }
}

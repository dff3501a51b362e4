// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! The `users` operations: [`UsersApi`] and one request builder per operation.

/// Reach it with [`Client::users_api`](crate::Client::users_api) or [`UsersApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct UsersApi<'a> {
    client: &'a crate::Client,
}

impl<'a> UsersApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// `GET /api/users`
    ///
    /// `GET /api/users`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// `GET /api/users/{id}`
    ///
    /// `GET /api/users/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// `DELETE /api/users/{id}`
    ///
    /// `DELETE /api/users/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// `PATCH /api/users/{id}`
    ///
    /// `PATCH /api/users/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }

    /// The signed-in user.
    ///
    /// `GET /api/users/self`
    #[inline]
    pub fn retrieve_self(&self) -> RetrieveSelf<'a> {
        RetrieveSelf::new(self.client)
    }
}

/// Request builder for [`UsersApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_list",
            method: reqwest::Method::GET,
            path: "/api/users",
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::User> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedUserList>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedUserList> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedUserList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for List<'a> {
    type Output = Result<crate::models::PaginatedUserList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedUserList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedUserList>)
    }
}

/// Request builder for [`UsersApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_retrieve",
            method: reqwest::Method::GET,
            path: "/api/users/{id}",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::User> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::User>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Retrieve<'a> {
    type Output = Result<crate::models::User, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::User>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::User>)
    }
}

/// Request builder for [`UsersApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/users/{id}",
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

/// Request builder for [`UsersApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/users/{id}",
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

    /// The request body, which the spec does not describe (`#/paths/~1api~1users~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_user_request(mut self, patched_user_request: crate::models::PatchedUserRequest) -> Self {
        self.call.body(&patched_user_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::User> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::User>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdate<'a> {
    type Output = Result<crate::models::User, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::User>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::User>)
    }
}

/// Request builder for [`UsersApi::retrieve_self`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveSelf<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveSelf<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_retrieve_self",
            method: reqwest::Method::GET,
            path: "/api/users/self",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::User> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::User>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveSelf<'a> {
    type Output = Result<crate::models::User, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::User>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::User>)
    }
}

// @generated from specs/live/drf-yasg.json by the generator; do not edit.
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

    /// `GET /users`
    ///
    /// `GET /users`
    #[inline]
    pub fn users_list(&self) -> UsersList<'a> {
        UsersList::new(self.client)
    }

    /// The signed-in user.
    ///
    /// `GET /users/self`
    #[inline]
    pub fn users_retrieve_self(&self) -> UsersRetrieveSelf<'a> {
        UsersRetrieveSelf::new(self.client)
    }

    /// `GET /users/{id}`
    ///
    /// `GET /users/{id}`
    #[inline]
    pub fn users_read(&self, id: i64) -> UsersRead<'a> {
        UsersRead::new(self.client, id)
    }

    /// `DELETE /users/{id}`
    ///
    /// `DELETE /users/{id}`
    #[inline]
    pub fn users_delete(&self, id: i64) -> UsersDelete<'a> {
        UsersDelete::new(self.client, id)
    }

    /// `PATCH /users/{id}`
    ///
    /// `PATCH /users/{id}`
    #[inline]
    pub fn users_partial_update(&self, id: i64, user: crate::models::User) -> UsersPartialUpdate<'a> {
        UsersPartialUpdate::new(self.client, id, user)
    }
}

/// Request builder for [`UsersApi::users_list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersList<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UsersList<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_list",
            method: reqwest::Method::GET,
            path: "/users",
            security: &[&[&crate::SECURITY_SCHEMES[0]], &[&crate::SECURITY_SCHEMES[1]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// A search term.
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::User> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<UsersListResponse>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, UsersListResponse> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<UsersListResponse>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UsersList<'a> {
    type Output = Result<UsersListResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, UsersListResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<UsersListResponse>)
    }
}

/// Request builder for [`UsersApi::users_retrieve_self`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersRetrieveSelf<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UsersRetrieveSelf<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_retrieve_self",
            method: reqwest::Method::GET,
            path: "/users/self",
            security: &[&[&crate::SECURITY_SCHEMES[0]], &[&crate::SECURITY_SCHEMES[1]]],
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

impl<'a> std::future::IntoFuture for UsersRetrieveSelf<'a> {
    type Output = Result<crate::models::User, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::User>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::User>)
    }
}

/// Request builder for [`UsersApi::users_read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersRead<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UsersRead<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_read",
            method: reqwest::Method::GET,
            path: "/users/{id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]], &[&crate::SECURITY_SCHEMES[1]]],
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

impl<'a> std::future::IntoFuture for UsersRead<'a> {
    type Output = Result<crate::models::User, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::User>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::User>)
    }
}

/// Request builder for [`UsersApi::users_delete`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersDelete<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UsersDelete<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_delete",
            method: reqwest::Method::DELETE,
            path: "/users/{id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]], &[&crate::SECURITY_SCHEMES[1]]],
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

impl<'a> std::future::IntoFuture for UsersDelete<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`UsersApi::users_partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersPartialUpdate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UsersPartialUpdate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64, user: crate::models::User) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_partial_update",
            method: reqwest::Method::PATCH,
            path: "/users/{id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]], &[&crate::SECURITY_SCHEMES[1]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&user);
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

impl<'a> std::future::IntoFuture for UsersPartialUpdate<'a> {
    type Output = Result<crate::models::User, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::User>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::User>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1users/get/responses/200/schema`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UsersListResponse {
    /// The `count` property, which the spec does not describe (`#/paths/~1users/get/responses/200/schema/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/paths/~1users/get/responses/200/schema/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/paths/~1users/get/responses/200/schema/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/paths/~1users/get/responses/200/schema/properties/results`).
    pub results: Vec<crate::models::User>,
}

impl crate::runtime::Page for UsersListResponse {
    type Item = crate::models::User;

    fn into_page(self) -> (Vec<crate::models::User>, crate::runtime::Cursor) {
        let cursor =
            crate::runtime::Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

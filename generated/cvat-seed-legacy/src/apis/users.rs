// @generated from specs/cvat-seed.yaml by the generator; do not edit.
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

    /// List users
    ///
    /// `GET /api/users`
    #[inline]
    pub fn users_list(&self) -> UsersList<'a> {
        UsersList::new(self.client)
    }

    /// Get details of the current user
    ///
    /// Method returns an instance of a user who is currently authenticated
    ///
    /// `GET /api/users/self`
    #[inline]
    pub fn users_retrieve_self(&self) -> UsersRetrieveSelf<'a> {
        UsersRetrieveSelf::new(self.client)
    }

    /// Get user details
    ///
    /// `GET /api/users/{id}`
    #[inline]
    pub fn users_retrieve(&self, id: i64) -> UsersRetrieve<'a> {
        UsersRetrieve::new(self.client, id)
    }

    /// Delete a user
    ///
    /// `DELETE /api/users/{id}`
    #[inline]
    pub fn users_destroy(&self, id: i64) -> UsersDestroy<'a> {
        UsersDestroy::new(self.client, id)
    }

    /// Update a user
    ///
    /// `PATCH /api/users/{id}`
    #[inline]
    pub fn users_partial_update(&self, id: i64) -> UsersPartialUpdate<'a> {
        UsersPartialUpdate::new(self.client, id)
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
            path: "/api/users",
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
    ///  Available filter_fields: \['username', 'first_name', 'last_name', 'id', 'is_active'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// A simple equality filter for the first_name field
    #[inline]
    pub fn first_name(mut self, first_name: impl AsRef<str>) -> Self {
        self.call.query("first_name", first_name.as_ref());
        self
    }

    /// A simple equality filter for the is_active field
    #[inline]
    pub fn is_active(mut self, is_active: bool) -> Self {
        self.call.query("is_active", &is_active);
        self
    }

    /// A simple equality filter for the last_name field
    #[inline]
    pub fn last_name(mut self, last_name: impl AsRef<str>) -> Self {
        self.call.query("last_name", last_name.as_ref());
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

    /// A search term. Available search_fields: ('username', 'first_name', 'last_name')
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['username', 'first_name', 'last_name', 'id', 'is_active'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the username field
    #[inline]
    pub fn username(mut self, username: impl AsRef<str>) -> Self {
        self.call.query("username", username.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::MetaUser> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedMetaUserList>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedMetaUserList> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedMetaUserList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UsersList<'a> {
    type Output = Result<crate::models::PaginatedMetaUserList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedMetaUserList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedMetaUserList>)
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
            path: "/api/users/self",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::MetaUser> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::MetaUser>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UsersRetrieveSelf<'a> {
    type Output = Result<crate::models::MetaUser, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::MetaUser>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::MetaUser>)
    }
}

/// Request builder for [`UsersApi::users_retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersRetrieve<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UsersRetrieve<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_retrieve",
            method: reqwest::Method::GET,
            path: "/api/users/{id}",
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
        call.path("id", &id);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::MetaUser> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::MetaUser>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UsersRetrieve<'a> {
    type Output = Result<crate::models::MetaUser, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::MetaUser>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::MetaUser>)
    }
}

/// Request builder for [`UsersApi::users_destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersDestroy<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UsersDestroy<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/users/{id}",
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
        call.path("id", &id);
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

impl<'a> std::future::IntoFuture for UsersDestroy<'a> {
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
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "users_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/users/{id}",
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
        call.path("id", &id);
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

    /// The request body, which the spec does not describe (`#/paths/~1api~1users~1{id}/patch/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.form()` for `application/x-www-form-urlencoded`, `.multipart()` for `multipart/form-data`, `.file_body(content)` to send raw `application/offset+octet-stream`.
    #[inline]
    pub fn patched_user_request(mut self, patched_user_request: crate::models::PatchedUserRequest) -> Self {
        self.call.body(&patched_user_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::MetaUser> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::MetaUser>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UsersPartialUpdate<'a> {
    type Output = Result<crate::models::MetaUser, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::MetaUser>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::MetaUser>)
    }
}

// @generated from specs/live/drf-yasg.json by the generator; do not edit.
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

    /// `GET /organizations`
    ///
    /// `GET /organizations`
    #[inline]
    pub fn organizations_list(&self) -> OrganizationsList<'a> {
        OrganizationsList::new(self.client)
    }

    /// `POST /organizations`
    ///
    /// `POST /organizations`
    #[inline]
    pub fn organizations_create(&self, organization: crate::models::Organization) -> OrganizationsCreate<'a> {
        OrganizationsCreate::new(self.client, organization)
    }

    /// `GET /organizations/{id}`
    ///
    /// `GET /organizations/{id}`
    #[inline]
    pub fn organizations_read(&self, id: i64) -> OrganizationsRead<'a> {
        OrganizationsRead::new(self.client, id)
    }

    /// `PUT /organizations/{id}`
    ///
    /// `PUT /organizations/{id}`
    #[inline]
    pub fn organizations_update(&self, id: i64, organization: crate::models::Organization) -> OrganizationsUpdate<'a> {
        OrganizationsUpdate::new(self.client, id, organization)
    }

    /// `DELETE /organizations/{id}`
    ///
    /// `DELETE /organizations/{id}`
    #[inline]
    pub fn organizations_delete(&self, id: i64) -> OrganizationsDelete<'a> {
        OrganizationsDelete::new(self.client, id)
    }

    /// `PATCH /organizations/{id}`
    ///
    /// `PATCH /organizations/{id}`
    #[inline]
    pub fn organizations_partial_update(
        &self,
        id: i64,
        organization: crate::models::Organization,
    ) -> OrganizationsPartialUpdate<'a> {
        OrganizationsPartialUpdate::new(self.client, id, organization)
    }

    /// The logo as uploaded, as `application/octet-stream`.
    ///
    /// `GET /organizations/{id}/logo`
    #[inline]
    pub fn organizations_logo_read(&self, id: i64) -> OrganizationsLogoRead<'a> {
        OrganizationsLogoRead::new(self.client, id)
    }

    /// Upload (or replace) the logo: a multipart form with `file` and `caption`.
    ///
    /// `POST /organizations/{id}/logo`
    #[inline]
    pub fn organizations_logo_create(
        &self,
        id: i64,
        body: OrganizationsLogoCreateRequest,
    ) -> OrganizationsLogoCreate<'a> {
        OrganizationsLogoCreate::new(self.client, id, body)
    }
}

/// Request builder for [`OrganizationsApi::organizations_list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsList<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> OrganizationsList<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_list",
            method: reqwest::Method::GET,
            path: "/organizations",
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::Organization> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<OrganizationsListResponse>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, OrganizationsListResponse> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<OrganizationsListResponse>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for OrganizationsList<'a> {
    type Output = Result<OrganizationsListResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, OrganizationsListResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<OrganizationsListResponse>)
    }
}

/// Request builder for [`OrganizationsApi::organizations_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsCreate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> OrganizationsCreate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, organization: crate::models::Organization) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_create",
            method: reqwest::Method::POST,
            path: "/organizations",
            security: &[&[&crate::SECURITY_SCHEMES[0]], &[&crate::SECURITY_SCHEMES[1]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.body(&organization);
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

impl<'a> std::future::IntoFuture for OrganizationsCreate<'a> {
    type Output = Result<crate::models::Organization, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Organization>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Organization>)
    }
}

/// Request builder for [`OrganizationsApi::organizations_read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsRead<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> OrganizationsRead<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_read",
            method: reqwest::Method::GET,
            path: "/organizations/{id}",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Organization> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Organization>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for OrganizationsRead<'a> {
    type Output = Result<crate::models::Organization, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Organization>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Organization>)
    }
}

/// Request builder for [`OrganizationsApi::organizations_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsUpdate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> OrganizationsUpdate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64, organization: crate::models::Organization) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_update",
            method: reqwest::Method::PUT,
            path: "/organizations/{id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]], &[&crate::SECURITY_SCHEMES[1]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&organization);
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

impl<'a> std::future::IntoFuture for OrganizationsUpdate<'a> {
    type Output = Result<crate::models::Organization, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Organization>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Organization>)
    }
}

/// Request builder for [`OrganizationsApi::organizations_delete`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsDelete<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> OrganizationsDelete<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_delete",
            method: reqwest::Method::DELETE,
            path: "/organizations/{id}",
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

impl<'a> std::future::IntoFuture for OrganizationsDelete<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`OrganizationsApi::organizations_partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsPartialUpdate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> OrganizationsPartialUpdate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64, organization: crate::models::Organization) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_partial_update",
            method: reqwest::Method::PATCH,
            path: "/organizations/{id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]], &[&crate::SECURITY_SCHEMES[1]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&organization);
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

impl<'a> std::future::IntoFuture for OrganizationsPartialUpdate<'a> {
    type Output = Result<crate::models::Organization, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Organization>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Organization>)
    }
}

/// Request builder for [`OrganizationsApi::organizations_logo_read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsLogoRead<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> OrganizationsLogoRead<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_logo_read",
            method: reqwest::Method::GET,
            path: "/organizations/{id}/logo",
            security: &[&[&crate::SECURITY_SCHEMES[0]], &[&crate::SECURITY_SCHEMES[1]]],
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

impl<'a> std::future::IntoFuture for OrganizationsLogoRead<'a> {
    type Output = Result<bytes::Bytes, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, bytes::Bytes>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::bytes)
    }
}

/// Request builder for [`OrganizationsApi::organizations_logo_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsLogoCreate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> OrganizationsLogoCreate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64, body: OrganizationsLogoCreateRequest) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "organizations_logo_create",
            method: reqwest::Method::POST,
            path: "/organizations/{id}/logo",
            security: &[&[&crate::SECURITY_SCHEMES[0]], &[&crate::SECURITY_SCHEMES[1]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&body);
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

impl<'a> std::future::IntoFuture for OrganizationsLogoCreate<'a> {
    type Output = Result<crate::models::Logo, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Logo>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Logo>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1organizations/get/responses/200/schema`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct OrganizationsListResponse {
    /// The `count` property, which the spec does not describe (`#/paths/~1organizations/get/responses/200/schema/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/paths/~1organizations/get/responses/200/schema/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/paths/~1organizations/get/responses/200/schema/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/paths/~1organizations/get/responses/200/schema/properties/results`).
    pub results: Vec<crate::models::Organization>,
}

impl crate::runtime::Page for OrganizationsListResponse {
    type Item = crate::models::Organization;

    fn into_page(self) -> (Vec<crate::models::Organization>, crate::runtime::Cursor) {
        let cursor =
            crate::runtime::Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1organizations~1{id}~1logo/post/parameters`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct OrganizationsLogoCreateRequest {
    /// The `file` property, which the spec does not describe (`#/paths/~1organizations~1{id}~1logo/post/parameters/0`).
    pub file: crate::runtime::FilePart,
    /// The `caption` property, which the spec does not describe (`#/paths/~1organizations~1{id}~1logo/post/parameters/1`).
    pub caption: String,
}

// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! The `memberships` operations: [`MembershipsApi`] and one request builder per operation.

/// Reach it with [`Client::memberships_api`](crate::Client::memberships_api) or [`MembershipsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct MembershipsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> MembershipsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// `GET /memberships`
    ///
    /// `GET /memberships`
    #[inline]
    pub fn memberships_list(&self) -> MembershipsList<'a> {
        MembershipsList::new(self.client)
    }

    /// `GET /memberships/{id}`
    ///
    /// `GET /memberships/{id}`
    #[inline]
    pub fn memberships_read(&self, id: i64) -> MembershipsRead<'a> {
        MembershipsRead::new(self.client, id)
    }

    /// `DELETE /memberships/{id}`
    ///
    /// `DELETE /memberships/{id}`
    #[inline]
    pub fn memberships_delete(&self, id: i64) -> MembershipsDelete<'a> {
        MembershipsDelete::new(self.client, id)
    }

    /// `PATCH /memberships/{id}`
    ///
    /// `PATCH /memberships/{id}`
    #[inline]
    pub fn memberships_partial_update(
        &self,
        id: i64,
        membership: crate::models::Membership,
    ) -> MembershipsPartialUpdate<'a> {
        MembershipsPartialUpdate::new(self.client, id, membership)
    }
}

/// Request builder for [`MembershipsApi::memberships_list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct MembershipsList<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> MembershipsList<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "memberships_list",
            method: reqwest::Method::GET,
            path: "/memberships",
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::Membership> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<MembershipsListResponse>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, MembershipsListResponse> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<MembershipsListResponse>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for MembershipsList<'a> {
    type Output = Result<MembershipsListResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, MembershipsListResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<MembershipsListResponse>)
    }
}

/// Request builder for [`MembershipsApi::memberships_read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct MembershipsRead<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> MembershipsRead<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "memberships_read",
            method: reqwest::Method::GET,
            path: "/memberships/{id}",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Membership> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Membership>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for MembershipsRead<'a> {
    type Output = Result<crate::models::Membership, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Membership>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Membership>)
    }
}

/// Request builder for [`MembershipsApi::memberships_delete`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct MembershipsDelete<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> MembershipsDelete<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "memberships_delete",
            method: reqwest::Method::DELETE,
            path: "/memberships/{id}",
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

impl<'a> std::future::IntoFuture for MembershipsDelete<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`MembershipsApi::memberships_partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct MembershipsPartialUpdate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> MembershipsPartialUpdate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64, membership: crate::models::Membership) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "memberships_partial_update",
            method: reqwest::Method::PATCH,
            path: "/memberships/{id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]], &[&crate::SECURITY_SCHEMES[1]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&membership);
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

impl<'a> std::future::IntoFuture for MembershipsPartialUpdate<'a> {
    type Output = Result<crate::models::Membership, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Membership>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Membership>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1memberships/get/responses/200/schema`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct MembershipsListResponse {
    /// The `count` property, which the spec does not describe (`#/paths/~1memberships/get/responses/200/schema/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/paths/~1memberships/get/responses/200/schema/properties/next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/paths/~1memberships/get/responses/200/schema/properties/previous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/paths/~1memberships/get/responses/200/schema/properties/results`).
    pub results: Vec<crate::models::Membership>,
}

impl crate::runtime::Page for MembershipsListResponse {
    type Item = crate::models::Membership;

    fn into_page(self) -> (Vec<crate::models::Membership>, crate::runtime::Cursor) {
        let cursor =
            crate::runtime::Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

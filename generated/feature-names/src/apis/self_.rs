// @generated from specs/features/names.yaml by the generator; do not edit.
//! The `self` operations: [`SelfApi`] and one request builder per operation.

/// Reach it with [`Client::self_api`](crate::Client::self_api) or [`SelfApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct SelfApi<'a> {
    client: &'a crate::Client,
}

impl<'a> SelfApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// `GET /type/{type}`
    ///
    /// `GET /type/{type}`
    #[inline]
    pub fn r#match(&self, r#type: impl AsRef<str>) -> Match<'a> {
        Match::new(self.client, r#type)
    }
}

/// Request builder for [`SelfApi::match`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Match<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Match<'a> {
    #[inline]
    fn new(client: &'a crate::Client, r#type: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "match",
            method: reqwest::Method::GET,
            path: "/type/{type}",
            security: &[],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("type", r#type.as_ref());
        Self { call }
    }

    /// The `type` query parameter, which the spec does not describe (`#/paths/~1type~1{type}/get/parameters/1`).
    #[inline]
    pub fn type_query(mut self, type_query: impl AsRef<str>) -> Self {
        self.call.query("type", type_query.as_ref());
        self
    }

    /// The `header` header parameter, which the spec does not describe (`#/paths/~1type~1{type}/get/parameters/2`).
    #[inline]
    pub fn header_header(mut self, header_header: impl AsRef<str>) -> Self {
        self.call.header("header", header_header.as_ref());
        self
    }

    /// The `If-Match` header parameter, which the spec does not describe (`#/paths/~1type~1{type}/get/parameters/3`).
    #[inline]
    pub fn if_match(mut self, if_match: impl AsRef<str>) -> Self {
        self.call.header("If-Match", if_match.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Result2> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Result2>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Match<'a> {
    type Output = Result<crate::models::Result2, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Result2>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Result2>)
    }
}

// @generated from specs/live/fastapi.json by the generator; do not edit.
//! The `health` operations: [`HealthApi`] and one request builder per operation.

/// Reach it with [`Client::health_api`](crate::Client::health_api) or [`HealthApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct HealthApi<'a> {
    client: &'a crate::Client,
}

impl<'a> HealthApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Health
    ///
    /// Public: no token needed.
    ///
    /// `GET /health`
    #[inline]
    pub fn health(&self) -> Health<'a> {
        Health::new(self.client)
    }
}

/// Request builder for [`HealthApi::health`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Health<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Health<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "health_health_get",
            method: reqwest::Method::GET,
            path: "/health",
            security: &[],
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Health> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Health>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Health<'a> {
    type Output = Result<crate::models::Health, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Health>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Health>)
    }
}

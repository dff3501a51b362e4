// @generated from specs/features/nullable.yaml by the generator; do not edit.
//! The `groups` operations: [`GroupsApi`] and one request builder per operation.

/// Reach it with [`Client::groups_api`](crate::Client::groups_api) or [`GroupsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct GroupsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> GroupsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// `PATCH /groups/{id}`
    ///
    /// `PATCH /groups/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }
}

/// Request builder for [`GroupsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "groups_partial_update",
            method: reqwest::Method::PATCH,
            path: "/groups/{id}",
            security: &[],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1groups~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_group(mut self, patched_group: crate::models::PatchedGroup) -> Self {
        self.call.body(&patched_group);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Group> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Group>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdate<'a> {
    type Output = Result<crate::models::Group, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Group>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Group>)
    }
}

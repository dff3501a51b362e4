// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `subscriptions` operations: [`SubscriptionsApi`] and one request builder per operation.

/// Reach it with [`Client::subscriptions_api`](crate::Client::subscriptions_api) or [`SubscriptionsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct SubscriptionsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> SubscriptionsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Method provides user agreements that the user must accept to register
    ///
    /// `GET /api/user-agreements`
    #[inline]
    pub fn user_agreements_retrieve(&self) -> UserAgreementsRetrieve<'a> {
        UserAgreementsRetrieve::new(self.client)
    }
}

/// Request builder for [`SubscriptionsApi::user_agreements_retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UserAgreementsRetrieve<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UserAgreementsRetrieve<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "user_agreements_retrieve",
            method: reqwest::Method::GET,
            path: "/api/user-agreements",
            security: &[&[]],
            accept: Some("application/vnd.cvat+json"),
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::UserAgreement> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::UserAgreement>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UserAgreementsRetrieve<'a> {
    type Output = Result<crate::models::UserAgreement, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::UserAgreement>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::UserAgreement>)
    }
}

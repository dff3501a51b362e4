// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! The `auth` operations: [`AuthApi`] and one request builder per operation.

/// Reach it with [`Client::auth_api`](crate::Client::auth_api) or [`AuthApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct AuthApi<'a> {
    client: &'a crate::Client,
}

impl<'a> AuthApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// `POST /login`
    ///
    /// `POST /login`
    #[inline]
    pub fn login(&self, body: AuthLoginRequest) -> Login<'a> {
        Login::new(self.client, body)
    }
}

/// Request builder for [`AuthApi::login`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Login<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Login<'a> {
    #[inline]
    fn new(client: &'a crate::Client, body: AuthLoginRequest) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "auth_login",
            method: reqwest::Method::POST,
            path: "/login",
            security: &[],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Form, "application/x-www-form-urlencoded")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, AuthLoginResponse> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<AuthLoginResponse>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Login<'a> {
    type Output = Result<AuthLoginResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, AuthLoginResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<AuthLoginResponse>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1login/post/parameters`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AuthLoginRequest {
    /// The `username` property, which the spec does not describe (`#/paths/~1login/post/parameters/0`).
    pub username: String,
    /// The `password` property, which the spec does not describe (`#/paths/~1login/post/parameters/1`).
    pub password: String,
}

/// An inline schema, which the spec does not describe (`#/paths/~1login/post/responses/200/schema`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AuthLoginResponse {
    /// The `key` property, which the spec does not describe (`#/paths/~1login/post/responses/200/schema/properties/key`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub key: String,
}

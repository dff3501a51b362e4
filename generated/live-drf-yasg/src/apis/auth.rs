// @generated from specs/live/drf-yasg.json by the generator; do not edit.
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

    /// Answers a token for `Authorization: Token <key>` and logs the session in
    /// (sets the `sessionid` and `csrftoken` cookies), as CVAT's login does.
    ///
    /// `POST /auth/login`
    #[inline]
    pub fn auth_login_create(&self, login: crate::models::Login) -> AuthLoginCreate<'a> {
        AuthLoginCreate::new(self.client, login)
    }

    /// Ends the session; the token stays valid (so parallel tests keep theirs).
    ///
    /// `POST /auth/logout`
    #[inline]
    pub fn auth_logout_create(&self) -> AuthLogoutCreate<'a> {
        AuthLogoutCreate::new(self.client)
    }
}

/// Request builder for [`AuthApi::auth_login_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AuthLoginCreate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> AuthLoginCreate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, login: crate::models::Login) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "auth_login_create",
            method: reqwest::Method::POST,
            path: "/auth/login",
            security: &[],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.body(&login);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Token> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Token>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for AuthLoginCreate<'a> {
    type Output = Result<crate::models::Token, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Token>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Token>)
    }
}

/// Request builder for [`AuthApi::auth_logout_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AuthLogoutCreate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> AuthLogoutCreate<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "auth_logout_create",
            method: reqwest::Method::POST,
            path: "/auth/logout",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Detail> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Detail>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for AuthLogoutCreate<'a> {
    type Output = Result<crate::models::Detail, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Detail>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Detail>)
    }
}

// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! The `auth` operations: [`AuthApi`] and one request builder per operation.

use crate::models::{Detail, LoginRequest, Token};
use crate::runtime::{self, BodyEncoding, Call, OperationSpec, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::auth_api`](crate::Client::auth_api) or [`AuthApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct AuthApi<'a> {
    client: &'a Client,
}

impl<'a> AuthApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Answers a token for `Authorization: Token <key>` and logs the session in
    /// (sets the `sessionid` and `csrftoken` cookies), as CVAT's login does.
    ///
    /// `POST /api/auth/login`
    #[inline]
    pub fn login_create(&self, login_request: LoginRequest) -> LoginCreate<'a> {
        LoginCreate::new(self.client, login_request)
    }

    /// Ends the session; the token stays valid (so parallel tests keep theirs).
    ///
    /// `POST /api/auth/logout`
    #[inline]
    pub fn logout_create(&self) -> LogoutCreate<'a> {
        LogoutCreate::new(self.client)
    }
}

/// Request builder for [`AuthApi::login_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct LoginCreate<'a> {
    call: Call<'a>,
}

impl<'a> LoginCreate<'a> {
    #[inline]
    fn new(client: &'a Client, login_request: LoginRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_login_create",
            method: reqwest::Method::POST,
            path: "/api/auth/login",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&login_request);
        Self { call }
    }
}

request_builder!(runtime, LoginCreate => json Token);

/// Request builder for [`AuthApi::logout_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct LogoutCreate<'a> {
    call: Call<'a>,
}

impl<'a> LogoutCreate<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_logout_create",
            method: reqwest::Method::POST,
            path: "/api/auth/logout",
            security: SECURITY_REQUIREMENTS[1],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, LogoutCreate => json Detail);

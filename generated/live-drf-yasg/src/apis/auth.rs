// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! The `auth` operations: [`AuthApi`] and one request builder per operation.

use crate::models::{Detail, Login, Token};
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
    /// `POST /auth/login`
    #[inline]
    pub fn auth_login_create(&self, login: Login) -> AuthLoginCreate<'a> {
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
    call: Call<'a>,
}

impl<'a> AuthLoginCreate<'a> {
    #[inline]
    fn new(client: &'a Client, login: Login) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_login_create",
            method: reqwest::Method::POST,
            path: "/auth/login",
            security: &[],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&login);
        Self { call }
    }
}

request_builder!(runtime, AuthLoginCreate => json Token);

/// Request builder for [`AuthApi::auth_logout_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AuthLogoutCreate<'a> {
    call: Call<'a>,
}

impl<'a> AuthLogoutCreate<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_logout_create",
            method: reqwest::Method::POST,
            path: "/auth/logout",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, AuthLogoutCreate => json Detail);

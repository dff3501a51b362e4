// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! The `auth` operations: [`AuthApi`] and one request builder per operation.

use crate::Client;
use crate::runtime::{self, BodyEncoding, Call, OperationSpec, deserialize_struct, request_builder, serialize_struct};

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
    call: Call<'a>,
}

impl<'a> Login<'a> {
    #[inline]
    fn new(client: &'a Client, body: AuthLoginRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "auth_login",
            method: reqwest::Method::POST,
            path: "/login",
            security: &[],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Form, "application/x-www-form-urlencoded")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&body);
        Self { call }
    }
}

request_builder!(runtime, Login => json AuthLoginResponse);

/// An inline schema, which the spec does not describe (`#/paths/~1login/post/parameters`).
#[derive(Clone, Debug, PartialEq)]
pub struct AuthLoginRequest {
    /// The `username` property, which the spec does not describe (`#/paths/~1login/post/parameters/0`).
    pub username: String,
    /// The `password` property, which the spec does not describe (`#/paths/~1login/post/parameters/1`).
    pub password: String,
}

serialize_struct!(runtime, AuthLoginRequest { username: required("username"), password: required("password") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AuthLoginRequest { username: required::<String>("username"), password: required::<String>("password") }
);

/// An inline schema, which the spec does not describe (`#/paths/~1login/post/responses/200/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct AuthLoginResponse {
    /// The `key` property, which the spec does not describe (`#/paths/~1login/post/responses/200/schema/properties/key`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub key: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, AuthLoginResponse { key: required("key") });

deserialize_struct!(runtime, AuthLoginResponse { key: required::<String>("key") });

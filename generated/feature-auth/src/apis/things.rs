// @generated from specs/features/auth.yaml by the generator; do not edit.
//! The `things` operations: [`ThingsApi`] and one request builder per operation.

use crate::runtime::{self, Call, OperationSpec, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::things_api`](crate::Client::things_api) or [`ThingsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct ThingsApi<'a> {
    client: &'a Client,
}

impl<'a> ThingsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Accepts a token, a session cookie with a CSRF header, or OAuth 1.0 which is left out.
    ///
    /// `GET /things`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Needs no credentials at all.
    ///
    /// `GET /public`
    #[inline]
    pub fn public_get(&self) -> PublicGet<'a> {
        PublicGet::new(self.client)
    }

    /// Inherits the global bearer requirement, or takes a signature in the query.
    ///
    /// `GET /signed`
    #[inline]
    pub fn signed_get(&self) -> SignedGet<'a> {
        SignedGet::new(self.client)
    }
}

/// Request builder for [`ThingsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "things_list",
            method: reqwest::Method::GET,
            path: "/things",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, List => empty);

/// Request builder for [`ThingsApi::public_get`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PublicGet<'a> {
    call: Call<'a>,
}

impl<'a> PublicGet<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "public_get",
            method: reqwest::Method::GET,
            path: "/public",
            security: SECURITY_REQUIREMENTS[1],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, PublicGet => empty);

/// Request builder for [`ThingsApi::signed_get`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct SignedGet<'a> {
    call: Call<'a>,
}

impl<'a> SignedGet<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "signed_get",
            method: reqwest::Method::GET,
            path: "/signed",
            security: SECURITY_REQUIREMENTS[2],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, SignedGet => empty);

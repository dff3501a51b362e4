// @generated from specs/features/names.yaml by the generator; do not edit.
//! The `self` operations: [`SelfApi`] and one request builder per operation.

use crate::Client;
use crate::models::Result2;
use crate::runtime::{self, Call, OperationSpec, request_builder};

/// Reach it with [`Client::self_api`](crate::Client::self_api) or [`SelfApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct SelfApi<'a> {
    client: &'a Client,
}

impl<'a> SelfApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> Match<'a> {
    #[inline]
    fn new(client: &'a Client, r#type: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "match",
            method: reqwest::Method::GET,
            path: "/type/{type}",
            security: &[],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, Match => json Result2);

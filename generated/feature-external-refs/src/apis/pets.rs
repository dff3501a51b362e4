// @generated from specs/features/external-refs.yaml by the generator; do not edit.
//! The `pets` operations: [`PetsApi`] and one request builder per operation.

use crate::Client;
use crate::models::Pet;
use crate::runtime::{self, Call, OperationSpec, request_builder};

/// Reach it with [`Client::pets_api`](crate::Client::pets_api) or [`PetsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct PetsApi<'a> {
    client: &'a Client,
}

impl<'a> PetsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// `GET /pets`
    ///
    /// `GET /pets`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }
}

/// Request builder for [`PetsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_list",
            method: reqwest::Method::GET,
            path: "/pets",
            security: &[],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The `limit` query parameter, which the spec does not describe (`common.yaml#/components/parameters/Limit`).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }
}

request_builder!(runtime, List => json Vec < Pet >);

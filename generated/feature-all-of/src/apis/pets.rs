// @generated from specs/features/all-of.yaml by the generator; do not edit.
//! The `pets` operations: [`PetsApi`] and one request builder per operation.

use crate::Client;
use crate::models::Dog;
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

    /// `GET /pets/{id}`
    ///
    /// `GET /pets/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }
}

/// Request builder for [`PetsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_retrieve",
            method: reqwest::Method::GET,
            path: "/pets/{id}",
            security: &[],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }
}

request_builder!(runtime, Retrieve => json Dog);

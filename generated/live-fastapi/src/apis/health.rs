// @generated from specs/live/fastapi.json by the generator; do not edit.
//! The `health` operations: [`HealthApi`] and one request builder per operation.

use crate::Client;
use crate::runtime::{self, Call, OperationSpec, request_builder};

/// Reach it with [`Client::health_api`](crate::Client::health_api) or [`HealthApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct HealthApi<'a> {
    client: &'a Client,
}

impl<'a> HealthApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Health
    ///
    /// Public: no token needed.
    ///
    /// `GET /health`
    #[inline]
    pub fn health(&self) -> Health<'a> {
        Health::new(self.client)
    }
}

/// Request builder for [`HealthApi::health`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Health<'a> {
    call: Call<'a>,
}

impl<'a> Health<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "health_health_get",
            method: reqwest::Method::GET,
            path: "/health",
            security: &[],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, Health => json crate ::models::Health);

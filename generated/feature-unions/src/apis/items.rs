// @generated from specs/features/unions.yaml by the generator; do not edit.
//! The `items` operations: [`ItemsApi`] and one request builder per operation.

use crate::Client;
use crate::models::Item;
use crate::runtime::{self, Call, OperationSpec, request_builder};

/// Reach it with [`Client::items_api`](crate::Client::items_api) or [`ItemsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct ItemsApi<'a> {
    client: &'a Client,
}

impl<'a> ItemsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// `GET /items`
    ///
    /// `GET /items`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }
}

/// Request builder for [`ItemsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "items_list",
            method: reqwest::Method::GET,
            path: "/items",
            security: &[],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, List => json Vec < Item >);

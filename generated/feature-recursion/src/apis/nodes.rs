// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! The `nodes` operations: [`NodesApi`] and one request builder per operation.

use crate::Client;
use crate::models::Node;
use crate::runtime::{self, Call, OperationSpec, request_builder};

/// Reach it with [`Client::nodes_api`](crate::Client::nodes_api) or [`NodesApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct NodesApi<'a> {
    client: &'a Client,
}

impl<'a> NodesApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// `GET /nodes`
    ///
    /// `GET /nodes`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }
}

/// Request builder for [`NodesApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "nodes_list",
            method: reqwest::Method::GET,
            path: "/nodes",
            security: &[],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, List => json Node);

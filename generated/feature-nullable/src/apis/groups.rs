// @generated from specs/features/nullable.yaml by the generator; do not edit.
//! The `groups` operations: [`GroupsApi`] and one request builder per operation.

use crate::Client;
use crate::models::{Group, PatchedGroup};
use crate::runtime::{self, BodyEncoding, Call, OperationSpec, request_builder};

/// Reach it with [`Client::groups_api`](crate::Client::groups_api) or [`GroupsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct GroupsApi<'a> {
    client: &'a Client,
}

impl<'a> GroupsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// `PATCH /groups/{id}`
    ///
    /// `PATCH /groups/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }
}

/// Request builder for [`GroupsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "groups_partial_update",
            method: reqwest::Method::PATCH,
            path: "/groups/{id}",
            security: &[],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1groups~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_group(mut self, patched_group: PatchedGroup) -> Self {
        self.call.body(&patched_group);
        self
    }
}

request_builder!(runtime, PartialUpdate => json Group);

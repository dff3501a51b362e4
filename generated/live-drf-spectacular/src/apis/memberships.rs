// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! The `memberships` operations: [`MembershipsApi`] and one request builder per operation.

use crate::models::{Membership, PaginatedMembershipList, PatchedMembershipRequest};
use crate::runtime::{self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::memberships_api`](crate::Client::memberships_api) or [`MembershipsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct MembershipsApi<'a> {
    client: &'a Client,
}

impl<'a> MembershipsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// `GET /api/memberships`
    ///
    /// `GET /api/memberships`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// `GET /api/memberships/{id}`
    ///
    /// `GET /api/memberships/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// `DELETE /api/memberships/{id}`
    ///
    /// `DELETE /api/memberships/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// `PATCH /api/memberships/{id}`
    ///
    /// `PATCH /api/memberships/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }
}

/// Request builder for [`MembershipsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "memberships_list",
            method: reqwest::Method::GET,
            path: "/api/memberships",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Which field to use when ordering the results.
    #[inline]
    pub fn ordering(mut self, ordering: impl AsRef<str>) -> Self {
        self.call.query("ordering", ordering.as_ref());
        self
    }

    /// A page number within the paginated result set.
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        self.call.query("page", &page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.call.query("page_size", &page_size);
        self
    }

    /// A search term.
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, Membership> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedMembershipList>)
    }
}

request_builder!(runtime, List => json PaginatedMembershipList);

/// Request builder for [`MembershipsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "memberships_retrieve",
            method: reqwest::Method::GET,
            path: "/api/memberships/{id}",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }
}

request_builder!(runtime, Retrieve => json Membership);

/// Request builder for [`MembershipsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "memberships_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/memberships/{id}",
            security: SECURITY_REQUIREMENTS[2],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }
}

request_builder!(runtime, Destroy => empty);

/// Request builder for [`MembershipsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "memberships_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/memberships/{id}",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1memberships~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_membership_request(mut self, patched_membership_request: PatchedMembershipRequest) -> Self {
        self.call.body(&patched_membership_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json Membership);

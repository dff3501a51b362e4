// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! The `memberships` operations: [`MembershipsApi`] and one request builder per operation.

use crate::models::Membership;
use crate::runtime::{
    self, BodyEncoding, Call, Cursor, OperationSpec, Page, Pager, Paginator, deserialize_struct, paginate,
    request_builder,
};
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

    /// `GET /memberships`
    ///
    /// `GET /memberships`
    #[inline]
    pub fn memberships_list(&self) -> MembershipsList<'a> {
        MembershipsList::new(self.client)
    }

    /// `GET /memberships/{id}`
    ///
    /// `GET /memberships/{id}`
    #[inline]
    pub fn memberships_read(&self, id: i64) -> MembershipsRead<'a> {
        MembershipsRead::new(self.client, id)
    }

    /// `DELETE /memberships/{id}`
    ///
    /// `DELETE /memberships/{id}`
    #[inline]
    pub fn memberships_delete(&self, id: i64) -> MembershipsDelete<'a> {
        MembershipsDelete::new(self.client, id)
    }

    /// `PATCH /memberships/{id}`
    ///
    /// `PATCH /memberships/{id}`
    #[inline]
    pub fn memberships_partial_update(&self, id: i64, membership: Membership) -> MembershipsPartialUpdate<'a> {
        MembershipsPartialUpdate::new(self.client, id, membership)
    }
}

/// Request builder for [`MembershipsApi::memberships_list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct MembershipsList<'a> {
    call: Call<'a>,
}

impl<'a> MembershipsList<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "memberships_list",
            method: reqwest::Method::GET,
            path: "/memberships",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// A search term.
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
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

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, Membership> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<MembershipsListResponse>)
    }
}

request_builder!(runtime, MembershipsList => json MembershipsListResponse);

/// Request builder for [`MembershipsApi::memberships_read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct MembershipsRead<'a> {
    call: Call<'a>,
}

impl<'a> MembershipsRead<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "memberships_read",
            method: reqwest::Method::GET,
            path: "/memberships/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }
}

request_builder!(runtime, MembershipsRead => json Membership);

/// Request builder for [`MembershipsApi::memberships_delete`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct MembershipsDelete<'a> {
    call: Call<'a>,
}

impl<'a> MembershipsDelete<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "memberships_delete",
            method: reqwest::Method::DELETE,
            path: "/memberships/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }
}

request_builder!(runtime, MembershipsDelete => empty);

/// Request builder for [`MembershipsApi::memberships_partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct MembershipsPartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> MembershipsPartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, membership: Membership) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "memberships_partial_update",
            method: reqwest::Method::PATCH,
            path: "/memberships/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&membership);
        Self { call }
    }
}

request_builder!(runtime, MembershipsPartialUpdate => json Membership);

/// An inline schema, which the spec does not describe (`#/paths/~1memberships/get/responses/200/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct MembershipsListResponse {
    /// The `count` property, which the spec does not describe (`#/paths/~1memberships/get/responses/200/schema/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/paths/~1memberships/get/responses/200/schema/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/paths/~1memberships/get/responses/200/schema/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/paths/~1memberships/get/responses/200/schema/properties/results`).
    pub results: Vec<Membership>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MembershipsListResponse {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    MembershipsListResponse {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<Membership>>("results")
    }
);

impl Page for MembershipsListResponse {
    type Item = Membership;

    fn into_page(self) -> (Vec<Membership>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

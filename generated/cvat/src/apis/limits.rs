// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `limits` operations: [`LimitsApi`] and one request builder per operation.

use crate::models::{Limit, LimitRequest, PaginatedLimitList, PatchedLimitRequest};
use crate::runtime::{self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::limits_api`](crate::Client::limits_api) or [`LimitsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct LimitsApi<'a> {
    client: &'a Client,
}

impl<'a> LimitsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Method returns a paginated list of limits according to query parameters
    ///
    /// `GET /api/limits`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Method creates a limit
    ///
    /// `POST /api/limits`
    #[inline]
    pub fn create(&self, limit_request: LimitRequest) -> Create<'a> {
        Create::new(self.client, limit_request)
    }

    /// `GET /api/limits/{id}`
    ///
    /// `GET /api/limits/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Method deletes a limit
    ///
    /// `DELETE /api/limits/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Method updates a limit
    ///
    /// `PATCH /api/limits/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }

    /// `GET /api/limits/default`
    ///
    /// `GET /api/limits/default`
    #[inline]
    pub fn retrieve_default(&self) -> RetrieveDefault<'a> {
        RetrieveDefault::new(self.client)
    }
}

/// Request builder for [`LimitsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "limits_list",
            method: reqwest::Method::GET,
            path: "/api/limits",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
        self
    }

    /// JSON Logic filter. This filter can be used to perform complex filtering by grouping rules.
    ///
    /// For example, using such a filter you can get all resources created by you:
    ///
    /// ```text
    /// - {"and":[{"==":[{"var":"owner"},"<user>"]}]}
    /// ```
    ///
    /// Details about the syntax used can be found at the link: <https://jsonlogic.com/>
    ///
    ///  Available filter_fields: \['id', 'user', 'user_id'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// Organization unique slug
    #[inline]
    pub fn org(mut self, org: impl AsRef<str>) -> Self {
        self.call.query("org", org.as_ref());
        self
    }

    /// Organization identifier
    #[inline]
    pub fn org_id(mut self, org_id: i64) -> Self {
        self.call.query("org_id", &org_id);
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

    /// Which field to use when ordering the results. Available ordering_fields: \['id', 'user', 'user_id'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the user field
    #[inline]
    pub fn user(mut self, user: impl AsRef<str>) -> Self {
        self.call.query("user", user.as_ref());
        self
    }

    /// A simple equality filter for the user_id field
    #[inline]
    pub fn user_id(mut self, user_id: i64) -> Self {
        self.call.query("user_id", &user_id);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, Limit> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedLimitList>)
    }
}

request_builder!(runtime, List => json PaginatedLimitList);

/// Request builder for [`LimitsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, limit_request: LimitRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "limits_create",
            method: reqwest::Method::POST,
            path: "/api/limits",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&limit_request);
        Self { call }
    }
}

request_builder!(runtime, Create => json Limit);

/// Request builder for [`LimitsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "limits_retrieve",
            method: reqwest::Method::GET,
            path: "/api/limits/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }
}

request_builder!(runtime, Retrieve => json Limit);

/// Request builder for [`LimitsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "limits_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/limits/{id}",
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

request_builder!(runtime, Destroy => empty);

/// Request builder for [`LimitsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "limits_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/limits/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1limits~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_limit_request(mut self, patched_limit_request: PatchedLimitRequest) -> Self {
        self.call.body(&patched_limit_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json Limit);

/// Request builder for [`LimitsApi::retrieve_default`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveDefault<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveDefault<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "limits_retrieve_default",
            method: reqwest::Method::GET,
            path: "/api/limits/default",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, RetrieveDefault => json Limit);

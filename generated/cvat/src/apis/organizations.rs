// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `organizations` operations: [`OrganizationsApi`] and one request builder per operation.

use crate::models::{
    OrganizationRead, OrganizationWriteRequest, PaginatedOrganizationReadList, PatchedOrganizationWriteRequest,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder};

/// Reach it with [`Client::organizations_api`](crate::Client::organizations_api) or [`OrganizationsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct OrganizationsApi<'a> {
    client: &'a Client,
}

impl<'a> OrganizationsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List organizations
    ///
    /// `GET /api/organizations`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Create an organization
    ///
    /// `POST /api/organizations`
    #[inline]
    pub fn create(&self, organization_write_request: OrganizationWriteRequest) -> Create<'a> {
        Create::new(self.client, organization_write_request)
    }

    /// Get organization details
    ///
    /// `GET /api/organizations/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Delete an organization
    ///
    /// `DELETE /api/organizations/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Update an organization
    ///
    /// `PATCH /api/organizations/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }
}

/// Request builder for [`OrganizationsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_list",
            method: reqwest::Method::GET,
            path: "/api/organizations",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
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
    ///  Available filter_fields: \['id', 'name', 'owner', 'slug'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// A simple equality filter for the name field
    #[inline]
    pub fn name(mut self, name: impl AsRef<str>) -> Self {
        self.call.query("name", name.as_ref());
        self
    }

    /// A simple equality filter for the owner field
    #[inline]
    pub fn owner(mut self, owner: impl AsRef<str>) -> Self {
        self.call.query("owner", owner.as_ref());
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

    /// A search term. Available search_fields: \['name', 'owner', 'slug'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// A simple equality filter for the slug field
    #[inline]
    pub fn slug(mut self, slug: impl AsRef<str>) -> Self {
        self.call.query("slug", slug.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['id', 'name', 'owner', 'slug'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, OrganizationRead> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedOrganizationReadList>)
    }
}

request_builder!(runtime, List => json PaginatedOrganizationReadList);

/// Request builder for [`OrganizationsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, organization_write_request: OrganizationWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_create",
            method: reqwest::Method::POST,
            path: "/api/organizations",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&organization_write_request);
        Self { call }
    }
}

request_builder!(runtime, Create => json OrganizationRead);

/// Request builder for [`OrganizationsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_retrieve",
            method: reqwest::Method::GET,
            path: "/api/organizations/{id}",
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

request_builder!(runtime, Retrieve => json OrganizationRead);

/// Request builder for [`OrganizationsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/organizations/{id}",
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

/// Request builder for [`OrganizationsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/organizations/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1organizations~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_organization_write_request(
        mut self,
        patched_organization_write_request: PatchedOrganizationWriteRequest,
    ) -> Self {
        self.call.body(&patched_organization_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json OrganizationRead);

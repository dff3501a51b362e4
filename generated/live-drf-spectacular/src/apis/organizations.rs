// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! The `organizations` operations: [`OrganizationsApi`] and one request builder per operation.

use crate::models::{
    Logo, LogoUploadRequest, Organization, OrganizationRequest, PaginatedOrganizationList, PatchedOrganizationRequest,
};
use crate::{Client, Error, SECURITY_REQUIREMENTS};

use crate::runtime::{self, BodyEncoding, Call, Download, OperationSpec, Pager, Paginator, paginate, request_builder};

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

    /// `GET /api/organizations`
    ///
    /// `GET /api/organizations`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// `POST /api/organizations`
    ///
    /// `POST /api/organizations`
    #[inline]
    pub fn create(&self, organization_request: OrganizationRequest) -> Create<'a> {
        Create::new(self.client, organization_request)
    }

    /// `GET /api/organizations/{id}`
    ///
    /// `GET /api/organizations/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// `PUT /api/organizations/{id}`
    ///
    /// `PUT /api/organizations/{id}`
    #[inline]
    pub fn update(&self, id: i64, organization_request: OrganizationRequest) -> Update<'a> {
        Update::new(self.client, id, organization_request)
    }

    /// `DELETE /api/organizations/{id}`
    ///
    /// `DELETE /api/organizations/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// `PATCH /api/organizations/{id}`
    ///
    /// `PATCH /api/organizations/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }

    /// The logo as uploaded, as `application/octet-stream`.
    ///
    /// `GET /api/organizations/{id}/logo`
    #[inline]
    pub fn logo_retrieve(&self, id: i64) -> LogoRetrieve<'a> {
        LogoRetrieve::new(self.client, id)
    }

    /// Upload (or replace) the logo: a multipart form with `file` and `caption`.
    ///
    /// `POST /api/organizations/{id}/logo`
    #[inline]
    pub fn logo_create(&self, id: i64, logo_upload_request: LogoUploadRequest) -> LogoCreate<'a> {
        LogoCreate::new(self.client, id, logo_upload_request)
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
    pub fn into_stream(self) -> Paginator<'a, Organization> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedOrganizationList>)
    }
}

request_builder!(runtime, List => json PaginatedOrganizationList);

/// Request builder for [`OrganizationsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, organization_request: OrganizationRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_create",
            method: reqwest::Method::POST,
            path: "/api/organizations",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&organization_request);
        Self { call }
    }
}

request_builder!(runtime, Create => json Organization);

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

request_builder!(runtime, Retrieve => json Organization);

/// Request builder for [`OrganizationsApi::update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Update<'a> {
    call: Call<'a>,
}

impl<'a> Update<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, organization_request: OrganizationRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_update",
            method: reqwest::Method::PUT,
            path: "/api/organizations/{id}",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&organization_request);
        Self { call }
    }
}

request_builder!(runtime, Update => json Organization);

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
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1organizations~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_organization_request(mut self, patched_organization_request: PatchedOrganizationRequest) -> Self {
        self.call.body(&patched_organization_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json Organization);

/// Request builder for [`OrganizationsApi::logo_retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct LogoRetrieve<'a> {
    call: Call<'a>,
}

impl<'a> LogoRetrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_logo_retrieve",
            method: reqwest::Method::GET,
            path: "/api/organizations/{id}/logo",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/octet-stream"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(self) -> impl std::future::Future<Output = Result<Download, Error>> + 'a {
        self.into_call().send_streaming()
    }
}

request_builder!(runtime, LogoRetrieve => bytes);

/// Request builder for [`OrganizationsApi::logo_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct LogoCreate<'a> {
    call: Call<'a>,
}

impl<'a> LogoCreate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, logo_upload_request: LogoUploadRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_logo_create",
            method: reqwest::Method::POST,
            path: "/api/organizations/{id}/logo",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&logo_upload_request);
        Self { call }
    }
}

request_builder!(runtime, LogoCreate => json Logo);

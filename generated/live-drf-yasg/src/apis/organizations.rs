// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! The `organizations` operations: [`OrganizationsApi`] and one request builder per operation.

use crate::models::{Logo, Organization};
use crate::runtime::{
    self, BodyEncoding, Call, Cursor, Download, FilePart, OperationSpec, Page, Pager, Paginator, deserialize_struct,
    paginate, request_builder, serialize_struct,
};
use crate::{Client, Error, SECURITY_REQUIREMENTS};

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

    /// `GET /organizations`
    ///
    /// `GET /organizations`
    #[inline]
    pub fn organizations_list(&self) -> OrganizationsList<'a> {
        OrganizationsList::new(self.client)
    }

    /// `POST /organizations`
    ///
    /// `POST /organizations`
    #[inline]
    pub fn organizations_create(&self, organization: Organization) -> OrganizationsCreate<'a> {
        OrganizationsCreate::new(self.client, organization)
    }

    /// `GET /organizations/{id}`
    ///
    /// `GET /organizations/{id}`
    #[inline]
    pub fn organizations_read(&self, id: i64) -> OrganizationsRead<'a> {
        OrganizationsRead::new(self.client, id)
    }

    /// `PUT /organizations/{id}`
    ///
    /// `PUT /organizations/{id}`
    #[inline]
    pub fn organizations_update(&self, id: i64, organization: Organization) -> OrganizationsUpdate<'a> {
        OrganizationsUpdate::new(self.client, id, organization)
    }

    /// `DELETE /organizations/{id}`
    ///
    /// `DELETE /organizations/{id}`
    #[inline]
    pub fn organizations_delete(&self, id: i64) -> OrganizationsDelete<'a> {
        OrganizationsDelete::new(self.client, id)
    }

    /// `PATCH /organizations/{id}`
    ///
    /// `PATCH /organizations/{id}`
    #[inline]
    pub fn organizations_partial_update(&self, id: i64, organization: Organization) -> OrganizationsPartialUpdate<'a> {
        OrganizationsPartialUpdate::new(self.client, id, organization)
    }

    /// The logo as uploaded, as `application/octet-stream`.
    ///
    /// `GET /organizations/{id}/logo`
    #[inline]
    pub fn organizations_logo_read(&self, id: i64) -> OrganizationsLogoRead<'a> {
        OrganizationsLogoRead::new(self.client, id)
    }

    /// Upload (or replace) the logo: a multipart form with `file` and `caption`.
    ///
    /// `POST /organizations/{id}/logo`
    #[inline]
    pub fn organizations_logo_create(
        &self,
        id: i64,
        body: OrganizationsLogoCreateRequest,
    ) -> OrganizationsLogoCreate<'a> {
        OrganizationsLogoCreate::new(self.client, id, body)
    }
}

/// Request builder for [`OrganizationsApi::organizations_list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsList<'a> {
    call: Call<'a>,
}

impl<'a> OrganizationsList<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_list",
            method: reqwest::Method::GET,
            path: "/organizations",
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
    pub fn into_stream(self) -> Paginator<'a, Organization> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<OrganizationsListResponse>)
    }
}

request_builder!(runtime, OrganizationsList => json OrganizationsListResponse);

/// Request builder for [`OrganizationsApi::organizations_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsCreate<'a> {
    call: Call<'a>,
}

impl<'a> OrganizationsCreate<'a> {
    #[inline]
    fn new(client: &'a Client, organization: Organization) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_create",
            method: reqwest::Method::POST,
            path: "/organizations",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&organization);
        Self { call }
    }
}

request_builder!(runtime, OrganizationsCreate => json Organization);

/// Request builder for [`OrganizationsApi::organizations_read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsRead<'a> {
    call: Call<'a>,
}

impl<'a> OrganizationsRead<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_read",
            method: reqwest::Method::GET,
            path: "/organizations/{id}",
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

request_builder!(runtime, OrganizationsRead => json Organization);

/// Request builder for [`OrganizationsApi::organizations_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsUpdate<'a> {
    call: Call<'a>,
}

impl<'a> OrganizationsUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, organization: Organization) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_update",
            method: reqwest::Method::PUT,
            path: "/organizations/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&organization);
        Self { call }
    }
}

request_builder!(runtime, OrganizationsUpdate => json Organization);

/// Request builder for [`OrganizationsApi::organizations_delete`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsDelete<'a> {
    call: Call<'a>,
}

impl<'a> OrganizationsDelete<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_delete",
            method: reqwest::Method::DELETE,
            path: "/organizations/{id}",
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

request_builder!(runtime, OrganizationsDelete => empty);

/// Request builder for [`OrganizationsApi::organizations_partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsPartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> OrganizationsPartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, organization: Organization) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_partial_update",
            method: reqwest::Method::PATCH,
            path: "/organizations/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&organization);
        Self { call }
    }
}

request_builder!(runtime, OrganizationsPartialUpdate => json Organization);

/// Request builder for [`OrganizationsApi::organizations_logo_read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsLogoRead<'a> {
    call: Call<'a>,
}

impl<'a> OrganizationsLogoRead<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_logo_read",
            method: reqwest::Method::GET,
            path: "/organizations/{id}/logo",
            security: SECURITY_REQUIREMENTS[0],
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

request_builder!(runtime, OrganizationsLogoRead => bytes);

/// Request builder for [`OrganizationsApi::organizations_logo_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OrganizationsLogoCreate<'a> {
    call: Call<'a>,
}

impl<'a> OrganizationsLogoCreate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, body: OrganizationsLogoCreateRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "organizations_logo_create",
            method: reqwest::Method::POST,
            path: "/organizations/{id}/logo",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&body);
        Self { call }
    }
}

request_builder!(runtime, OrganizationsLogoCreate => json Logo);

/// An inline schema, which the spec does not describe (`#/paths/~1organizations/get/responses/200/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct OrganizationsListResponse {
    /// The `count` property, which the spec does not describe (`#/paths/~1organizations/get/responses/200/schema/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/paths/~1organizations/get/responses/200/schema/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/paths/~1organizations/get/responses/200/schema/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/paths/~1organizations/get/responses/200/schema/properties/results`).
    pub results: Vec<Organization>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    OrganizationsListResponse {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    OrganizationsListResponse {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<Organization>>("results")
    }
);

impl Page for OrganizationsListResponse {
    type Item = Organization;

    fn into_page(self) -> (Vec<Organization>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1organizations~1{id}~1logo/post/parameters`).
#[derive(Clone, Debug, PartialEq)]
pub struct OrganizationsLogoCreateRequest {
    /// The `file` property, which the spec does not describe (`#/paths/~1organizations~1{id}~1logo/post/parameters/0`).
    pub file: FilePart,
    /// The `caption` property, which the spec does not describe (`#/paths/~1organizations~1{id}~1logo/post/parameters/1`).
    pub caption: String,
}

serialize_struct!(runtime, OrganizationsLogoCreateRequest { file: required("file"), caption: required("caption") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    OrganizationsLogoCreateRequest {
        file: required::<crate::runtime::FilePart>("file"),
        caption: required::<String>("caption")
    }
);

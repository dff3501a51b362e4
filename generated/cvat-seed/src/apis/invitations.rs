// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! The `invitations` operations: [`InvitationsApi`] and one request builder per operation.

use crate::models::{
    InvitationRead, InvitationWrite, InvitationWriteRequest, PaginatedInvitationReadList, PatchedInvitationWriteRequest,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{self, BodyEncoding, Call, FilePart, OperationSpec, Pager, Paginator, paginate, request_builder};

/// Reach it with [`Client::invitations_api`](crate::Client::invitations_api) or [`InvitationsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct InvitationsApi<'a> {
    client: &'a Client,
}

impl<'a> InvitationsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Method returns a paginated list of invitations according to query parameters
    ///
    /// `GET /api/invitations`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Method creates an invitation
    ///
    /// `POST /api/invitations`
    #[inline]
    pub fn create(&self, invitation_write_request: InvitationWriteRequest) -> Create<'a> {
        Create::new(self.client, invitation_write_request)
    }

    /// Method returns details of an invitation
    ///
    /// `GET /api/invitations/{key}`
    #[inline]
    pub fn retrieve(&self, key: impl AsRef<str>) -> Retrieve<'a> {
        Retrieve::new(self.client, key)
    }

    /// Method deletes an invitation
    ///
    /// `DELETE /api/invitations/{key}`
    #[inline]
    pub fn destroy(&self, key: impl AsRef<str>) -> Destroy<'a> {
        Destroy::new(self.client, key)
    }

    /// Methods does a partial update of chosen fields in an invitation
    ///
    /// `PATCH /api/invitations/{key}`
    #[inline]
    pub fn partial_update(&self, key: impl AsRef<str>) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, key)
    }
}

/// Request builder for [`InvitationsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_list",
            method: reqwest::Method::GET,
            path: "/api/invitations",
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

    /// A filter term. Avaliable filter_fields: ('owner',)
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

    /// A search term. Avaliable search_fields: ('owner',)
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Avaliable ordering_fields: \['owner', 'created_date'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, InvitationRead> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedInvitationReadList>)
    }
}

request_builder!(runtime, List => json PaginatedInvitationReadList);

/// Request builder for [`InvitationsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, invitation_write_request: InvitationWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_create",
            method: reqwest::Method::POST,
            path: "/api/invitations",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[
                (BodyEncoding::Json, "application/json"),
                (BodyEncoding::Form, "application/x-www-form-urlencoded"),
                (BodyEncoding::Multipart, "multipart/form-data"),
                (BodyEncoding::Binary, "application/offset+octet-stream"),
            ],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&invitation_write_request);
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
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

    /// Sends the body as a form (`application/x-www-form-urlencoded`).
    #[inline]
    pub fn form(mut self) -> Self {
        self.call.encoding(BodyEncoding::Form);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(BodyEncoding::Multipart);
        self
    }

    /// Sends `content` as the body instead, as `application/offset+octet-stream`.
    #[inline]
    pub fn file_body(mut self, content: FilePart) -> Self {
        self.call.file_body(content);
        self
    }
}

request_builder!(runtime, Create => json InvitationWrite);

/// Request builder for [`InvitationsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_retrieve",
            method: reqwest::Method::GET,
            path: "/api/invitations/{key}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
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
}

request_builder!(runtime, Retrieve => json InvitationRead);

/// Request builder for [`InvitationsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/invitations/{key}",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
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
}

request_builder!(runtime, Destroy => empty);

/// Request builder for [`InvitationsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/invitations/{key}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[
                (BodyEncoding::Json, "application/json"),
                (BodyEncoding::Form, "application/x-www-form-urlencoded"),
                (BodyEncoding::Multipart, "multipart/form-data"),
                (BodyEncoding::Binary, "application/offset+octet-stream"),
            ],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
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

    /// The request body, which the spec does not describe (`#/paths/~1api~1invitations~1{key}/patch/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.form()` for `application/x-www-form-urlencoded`, `.multipart()` for `multipart/form-data`, `.file_body(content)` to send raw `application/offset+octet-stream`.
    #[inline]
    pub fn patched_invitation_write_request(
        mut self,
        patched_invitation_write_request: PatchedInvitationWriteRequest,
    ) -> Self {
        self.call.body(&patched_invitation_write_request);
        self
    }

    /// Sends the body as a form (`application/x-www-form-urlencoded`).
    #[inline]
    pub fn form(mut self) -> Self {
        self.call.encoding(BodyEncoding::Form);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(BodyEncoding::Multipart);
        self
    }

    /// Sends `content` as the body instead, as `application/offset+octet-stream`.
    #[inline]
    pub fn file_body(mut self, content: FilePart) -> Self {
        self.call.file_body(content);
        self
    }
}

request_builder!(runtime, PartialUpdate => json InvitationWrite);

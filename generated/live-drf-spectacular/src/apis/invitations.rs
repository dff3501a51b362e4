// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! The `invitations` operations: [`InvitationsApi`] and one request builder per operation.

use crate::models::{Invitation, InvitationRequest, Membership, PaginatedInvitationList, PatchedInvitationRequest};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder};

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

    /// `GET /api/invitations`
    ///
    /// `GET /api/invitations`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// `POST /api/invitations`
    ///
    /// `POST /api/invitations`
    #[inline]
    pub fn create(&self, invitation_request: InvitationRequest) -> Create<'a> {
        Create::new(self.client, invitation_request)
    }

    /// `GET /api/invitations/{key}`
    ///
    /// `GET /api/invitations/{key}`
    #[inline]
    pub fn retrieve(&self, key: impl AsRef<str>) -> Retrieve<'a> {
        Retrieve::new(self.client, key)
    }

    /// `DELETE /api/invitations/{key}`
    ///
    /// `DELETE /api/invitations/{key}`
    #[inline]
    pub fn destroy(&self, key: impl AsRef<str>) -> Destroy<'a> {
        Destroy::new(self.client, key)
    }

    /// `PATCH /api/invitations/{key}`
    ///
    /// `PATCH /api/invitations/{key}`
    #[inline]
    pub fn partial_update(&self, key: impl AsRef<str>) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, key)
    }

    /// The invited user (or staff) joins the organization; the invitation is used up.
    ///
    /// `POST /api/invitations/{key}/accept`
    #[inline]
    pub fn accept_create(&self, key: impl AsRef<str>) -> AcceptCreate<'a> {
        AcceptCreate::new(self.client, key)
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
    pub fn into_stream(self) -> Paginator<'a, Invitation> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedInvitationList>)
    }
}

request_builder!(runtime, List => json PaginatedInvitationList);

/// Request builder for [`InvitationsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, invitation_request: InvitationRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_create",
            method: reqwest::Method::POST,
            path: "/api/invitations",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&invitation_request);
        Self { call }
    }
}

request_builder!(runtime, Create => json Invitation);

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
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, Retrieve => json Invitation);

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
            security: SECURITY_REQUIREMENTS[2],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
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
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1invitations~1{key}/patch/requestBody`).
    #[inline]
    pub fn patched_invitation_request(mut self, patched_invitation_request: PatchedInvitationRequest) -> Self {
        self.call.body(&patched_invitation_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json Invitation);

/// Request builder for [`InvitationsApi::accept_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct AcceptCreate<'a> {
    call: Call<'a>,
}

impl<'a> AcceptCreate<'a> {
    #[inline]
    fn new(client: &'a Client, key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_accept_create",
            method: reqwest::Method::POST,
            path: "/api/invitations/{key}/accept",
            security: SECURITY_REQUIREMENTS[2],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, AcceptCreate => json Membership);

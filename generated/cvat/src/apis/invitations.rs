// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `invitations` operations: [`InvitationsApi`] and one request builder per operation.

use crate::models::{AcceptInvitationRead, InvitationRead, InvitationWriteRequest, PaginatedInvitationReadList};
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

    /// List invitations
    ///
    /// `GET /api/invitations`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Create an invitation
    ///
    /// `POST /api/invitations`
    #[inline]
    pub fn create(&self, invitation_write_request: InvitationWriteRequest) -> Create<'a> {
        Create::new(self.client, invitation_write_request)
    }

    /// Get invitation details
    ///
    /// `GET /api/invitations/{key}`
    #[inline]
    pub fn retrieve(&self, key: impl AsRef<str>) -> Retrieve<'a> {
        Retrieve::new(self.client, key)
    }

    /// Delete an invitation
    ///
    /// `DELETE /api/invitations/{key}`
    #[inline]
    pub fn destroy(&self, key: impl AsRef<str>) -> Destroy<'a> {
        Destroy::new(self.client, key)
    }

    /// Accept an invitation
    ///
    /// `POST /api/invitations/{key}/accept`
    #[inline]
    pub fn accept(&self, key: impl AsRef<str>) -> Accept<'a> {
        Accept::new(self.client, key)
    }

    /// Decline an invitation
    ///
    /// `POST /api/invitations/{key}/decline`
    #[inline]
    pub fn decline(&self, key: impl AsRef<str>) -> Decline<'a> {
        Decline::new(self.client, key)
    }

    /// Resend an invitation
    ///
    /// `POST /api/invitations/{key}/resend`
    #[inline]
    pub fn resend(&self, key: impl AsRef<str>) -> Resend<'a> {
        Resend::new(self.client, key)
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

    /// A simple equality filter for the accepted field
    #[inline]
    pub fn accepted(mut self, accepted: bool) -> Self {
        self.call.query("accepted", &accepted);
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
    ///  Available filter_fields: \['accepted', 'id', 'owner', 'user_id'\].
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

    /// A search term. Available search_fields: \['owner'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['accepted', 'created_date', 'owner', 'user_id'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
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
            bodies: &[(BodyEncoding::Json, "application/json")],
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
}

request_builder!(runtime, Create => json InvitationRead);

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
}

request_builder!(runtime, Destroy => empty);

/// Request builder for [`InvitationsApi::accept`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Accept<'a> {
    call: Call<'a>,
}

impl<'a> Accept<'a> {
    #[inline]
    fn new(client: &'a Client, key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_accept",
            method: reqwest::Method::POST,
            path: "/api/invitations/{key}/accept",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, Accept => json AcceptInvitationRead);

/// Request builder for [`InvitationsApi::decline`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Decline<'a> {
    call: Call<'a>,
}

impl<'a> Decline<'a> {
    #[inline]
    fn new(client: &'a Client, key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_decline",
            method: reqwest::Method::POST,
            path: "/api/invitations/{key}/decline",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, Decline => empty);

/// Request builder for [`InvitationsApi::resend`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Resend<'a> {
    call: Call<'a>,
}

impl<'a> Resend<'a> {
    #[inline]
    fn new(client: &'a Client, key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_resend",
            method: reqwest::Method::POST,
            path: "/api/invitations/{key}/resend",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, Resend => empty);

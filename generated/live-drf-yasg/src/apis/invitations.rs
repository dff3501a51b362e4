// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! The `invitations` operations: [`InvitationsApi`] and one request builder per operation.

use crate::models::{Invitation, Membership};
use crate::runtime::{
    self, BodyEncoding, Call, Cursor, OperationSpec, Page, Pager, Paginator, deserialize_struct, paginate,
    request_builder,
};
use crate::{Client, SECURITY_REQUIREMENTS};

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

    /// `GET /invitations`
    ///
    /// `GET /invitations`
    #[inline]
    pub fn invitations_list(&self) -> InvitationsList<'a> {
        InvitationsList::new(self.client)
    }

    /// `POST /invitations`
    ///
    /// `POST /invitations`
    #[inline]
    pub fn invitations_create(&self, invitation: Invitation) -> InvitationsCreate<'a> {
        InvitationsCreate::new(self.client, invitation)
    }

    /// `GET /invitations/{key}`
    ///
    /// `GET /invitations/{key}`
    #[inline]
    pub fn invitations_read(&self, key: impl AsRef<str>) -> InvitationsRead<'a> {
        InvitationsRead::new(self.client, key)
    }

    /// `DELETE /invitations/{key}`
    ///
    /// `DELETE /invitations/{key}`
    #[inline]
    pub fn invitations_delete(&self, key: impl AsRef<str>) -> InvitationsDelete<'a> {
        InvitationsDelete::new(self.client, key)
    }

    /// `PATCH /invitations/{key}`
    ///
    /// `PATCH /invitations/{key}`
    #[inline]
    pub fn invitations_partial_update(
        &self,
        key: impl AsRef<str>,
        invitation: Invitation,
    ) -> InvitationsPartialUpdate<'a> {
        InvitationsPartialUpdate::new(self.client, key, invitation)
    }

    /// The invited user (or staff) joins the organization; the invitation is used up.
    ///
    /// `POST /invitations/{key}/accept`
    #[inline]
    pub fn invitations_accept(&self, key: impl AsRef<str>) -> InvitationsAccept<'a> {
        InvitationsAccept::new(self.client, key)
    }
}

/// Request builder for [`InvitationsApi::invitations_list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct InvitationsList<'a> {
    call: Call<'a>,
}

impl<'a> InvitationsList<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_list",
            method: reqwest::Method::GET,
            path: "/invitations",
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
    pub fn into_stream(self) -> Paginator<'a, Invitation> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<InvitationsListResponse>)
    }
}

request_builder!(runtime, InvitationsList => json InvitationsListResponse);

/// Request builder for [`InvitationsApi::invitations_create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct InvitationsCreate<'a> {
    call: Call<'a>,
}

impl<'a> InvitationsCreate<'a> {
    #[inline]
    fn new(client: &'a Client, invitation: Invitation) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_create",
            method: reqwest::Method::POST,
            path: "/invitations",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&invitation);
        Self { call }
    }
}

request_builder!(runtime, InvitationsCreate => json Invitation);

/// Request builder for [`InvitationsApi::invitations_read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct InvitationsRead<'a> {
    call: Call<'a>,
}

impl<'a> InvitationsRead<'a> {
    #[inline]
    fn new(client: &'a Client, key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_read",
            method: reqwest::Method::GET,
            path: "/invitations/{key}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, InvitationsRead => json Invitation);

/// Request builder for [`InvitationsApi::invitations_delete`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct InvitationsDelete<'a> {
    call: Call<'a>,
}

impl<'a> InvitationsDelete<'a> {
    #[inline]
    fn new(client: &'a Client, key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_delete",
            method: reqwest::Method::DELETE,
            path: "/invitations/{key}",
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

request_builder!(runtime, InvitationsDelete => empty);

/// Request builder for [`InvitationsApi::invitations_partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct InvitationsPartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> InvitationsPartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, key: impl AsRef<str>, invitation: Invitation) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_partial_update",
            method: reqwest::Method::PATCH,
            path: "/invitations/{key}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        call.body(&invitation);
        Self { call }
    }
}

request_builder!(runtime, InvitationsPartialUpdate => json Invitation);

/// Request builder for [`InvitationsApi::invitations_accept`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct InvitationsAccept<'a> {
    call: Call<'a>,
}

impl<'a> InvitationsAccept<'a> {
    #[inline]
    fn new(client: &'a Client, key: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "invitations_accept",
            method: reqwest::Method::POST,
            path: "/invitations/{key}/accept",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("key", key.as_ref());
        Self { call }
    }
}

request_builder!(runtime, InvitationsAccept => json Membership);

/// An inline schema, which the spec does not describe (`#/paths/~1invitations/get/responses/200/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct InvitationsListResponse {
    /// The `count` property, which the spec does not describe (`#/paths/~1invitations/get/responses/200/schema/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/paths/~1invitations/get/responses/200/schema/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/paths/~1invitations/get/responses/200/schema/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/paths/~1invitations/get/responses/200/schema/properties/results`).
    pub results: Vec<Invitation>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    InvitationsListResponse {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    InvitationsListResponse {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<Invitation>>("results")
    }
);

impl Page for InvitationsListResponse {
    type Item = Invitation;

    fn into_page(self) -> (Vec<Invitation>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

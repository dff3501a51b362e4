// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `users` operations: [`UsersApi`] and one request builder per operation.

use crate::models::{MetaUser, PaginatedMetaUserList, PatchedUserRequest};
use crate::runtime::{self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::users_api`](crate::Client::users_api) or [`UsersApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct UsersApi<'a> {
    client: &'a Client,
}

impl<'a> UsersApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List users
    ///
    /// `GET /api/users`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Get user details
    ///
    /// `GET /api/users/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Delete a user
    ///
    /// `DELETE /api/users/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Update a user
    ///
    /// `PATCH /api/users/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }

    /// Get details of the current user
    ///
    /// Method returns an instance of a user who is currently authenticated
    ///
    /// `GET /api/users/self`
    #[inline]
    pub fn retrieve_self(&self) -> RetrieveSelf<'a> {
        RetrieveSelf::new(self.client)
    }
}

/// Request builder for [`UsersApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "users_list",
            method: reqwest::Method::GET,
            path: "/api/users",
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
    ///  Available filter_fields: \['first_name', 'id', 'is_active', 'last_name', 'username'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// A simple equality filter for the first_name field
    #[inline]
    pub fn first_name(mut self, first_name: impl AsRef<str>) -> Self {
        self.call.query("first_name", first_name.as_ref());
        self
    }

    /// A simple equality filter for the is_active field
    #[inline]
    pub fn is_active(mut self, is_active: bool) -> Self {
        self.call.query("is_active", &is_active);
        self
    }

    /// A simple equality filter for the last_name field
    #[inline]
    pub fn last_name(mut self, last_name: impl AsRef<str>) -> Self {
        self.call.query("last_name", last_name.as_ref());
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

    /// A search term. Available search_fields: \['first_name', 'last_name', 'username'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['first_name', 'id', 'is_active', 'last_name', 'username'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the username field
    #[inline]
    pub fn username(mut self, username: impl AsRef<str>) -> Self {
        self.call.query("username", username.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, MetaUser> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedMetaUserList>)
    }
}

request_builder!(runtime, List => json PaginatedMetaUserList);

/// Request builder for [`UsersApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "users_retrieve",
            method: reqwest::Method::GET,
            path: "/api/users/{id}",
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

request_builder!(runtime, Retrieve => json MetaUser);

/// Request builder for [`UsersApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "users_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/users/{id}",
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

/// Request builder for [`UsersApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "users_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/users/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1users~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_user_request(mut self, patched_user_request: PatchedUserRequest) -> Self {
        self.call.body(&patched_user_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json MetaUser);

/// Request builder for [`UsersApi::retrieve_self`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveSelf<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveSelf<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "users_retrieve_self",
            method: reqwest::Method::GET,
            path: "/api/users/self",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, RetrieveSelf => json MetaUser);

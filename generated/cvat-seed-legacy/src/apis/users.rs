// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! The `users` operations: [`UsersApi`] and one request builder per operation.

use crate::models::{MetaUser, PaginatedMetaUserList, PatchedUserRequest};
use crate::runtime::{self, BodyEncoding, Call, FilePart, OperationSpec, Pager, Paginator, paginate, request_builder};
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
    pub fn users_list(&self) -> UsersList<'a> {
        UsersList::new(self.client)
    }

    /// Get details of the current user
    ///
    /// Method returns an instance of a user who is currently authenticated
    ///
    /// `GET /api/users/self`
    #[inline]
    pub fn users_retrieve_self(&self) -> UsersRetrieveSelf<'a> {
        UsersRetrieveSelf::new(self.client)
    }

    /// Get user details
    ///
    /// `GET /api/users/{id}`
    #[inline]
    pub fn users_retrieve(&self, id: i64) -> UsersRetrieve<'a> {
        UsersRetrieve::new(self.client, id)
    }

    /// Delete a user
    ///
    /// `DELETE /api/users/{id}`
    #[inline]
    pub fn users_destroy(&self, id: i64) -> UsersDestroy<'a> {
        UsersDestroy::new(self.client, id)
    }

    /// Update a user
    ///
    /// `PATCH /api/users/{id}`
    #[inline]
    pub fn users_partial_update(&self, id: i64) -> UsersPartialUpdate<'a> {
        UsersPartialUpdate::new(self.client, id)
    }
}

/// Request builder for [`UsersApi::users_list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersList<'a> {
    call: Call<'a>,
}

impl<'a> UsersList<'a> {
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
    ///  Available filter_fields: \['username', 'first_name', 'last_name', 'id', 'is_active'\].
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

    /// A search term. Available search_fields: ('username', 'first_name', 'last_name')
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['username', 'first_name', 'last_name', 'id', 'is_active'\]
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

request_builder!(runtime, UsersList => json PaginatedMetaUserList);

/// Request builder for [`UsersApi::users_retrieve_self`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersRetrieveSelf<'a> {
    call: Call<'a>,
}

impl<'a> UsersRetrieveSelf<'a> {
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

request_builder!(runtime, UsersRetrieveSelf => json MetaUser);

/// Request builder for [`UsersApi::users_retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersRetrieve<'a> {
    call: Call<'a>,
}

impl<'a> UsersRetrieve<'a> {
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

request_builder!(runtime, UsersRetrieve => json MetaUser);

/// Request builder for [`UsersApi::users_destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersDestroy<'a> {
    call: Call<'a>,
}

impl<'a> UsersDestroy<'a> {
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

request_builder!(runtime, UsersDestroy => empty);

/// Request builder for [`UsersApi::users_partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersPartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> UsersPartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "users_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/users/{id}",
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
        call.path("id", &id);
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

    /// The request body, which the spec does not describe (`#/paths/~1api~1users~1{id}/patch/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.form()` for `application/x-www-form-urlencoded`, `.multipart()` for `multipart/form-data`, `.file_body(content)` to send raw `application/offset+octet-stream`.
    #[inline]
    pub fn patched_user_request(mut self, patched_user_request: PatchedUserRequest) -> Self {
        self.call.body(&patched_user_request);
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

request_builder!(runtime, UsersPartialUpdate => json MetaUser);

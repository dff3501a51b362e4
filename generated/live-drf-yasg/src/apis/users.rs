// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! The `users` operations: [`UsersApi`] and one request builder per operation.

use crate::models::User;
use crate::runtime::{
    self, BodyEncoding, Call, Cursor, OperationSpec, Page, Pager, Paginator, deserialize_struct, paginate,
    request_builder,
};
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

    /// `GET /users`
    ///
    /// `GET /users`
    #[inline]
    pub fn users_list(&self) -> UsersList<'a> {
        UsersList::new(self.client)
    }

    /// The signed-in user.
    ///
    /// `GET /users/self`
    #[inline]
    pub fn users_retrieve_self(&self) -> UsersRetrieveSelf<'a> {
        UsersRetrieveSelf::new(self.client)
    }

    /// `GET /users/{id}`
    ///
    /// `GET /users/{id}`
    #[inline]
    pub fn users_read(&self, id: i64) -> UsersRead<'a> {
        UsersRead::new(self.client, id)
    }

    /// `DELETE /users/{id}`
    ///
    /// `DELETE /users/{id}`
    #[inline]
    pub fn users_delete(&self, id: i64) -> UsersDelete<'a> {
        UsersDelete::new(self.client, id)
    }

    /// `PATCH /users/{id}`
    ///
    /// `PATCH /users/{id}`
    #[inline]
    pub fn users_partial_update(&self, id: i64, user: User) -> UsersPartialUpdate<'a> {
        UsersPartialUpdate::new(self.client, id, user)
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
            path: "/users",
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
    pub fn into_stream(self) -> Paginator<'a, User> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<UsersListResponse>)
    }
}

request_builder!(runtime, UsersList => json UsersListResponse);

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
            path: "/users/self",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, UsersRetrieveSelf => json User);

/// Request builder for [`UsersApi::users_read`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersRead<'a> {
    call: Call<'a>,
}

impl<'a> UsersRead<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "users_read",
            method: reqwest::Method::GET,
            path: "/users/{id}",
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

request_builder!(runtime, UsersRead => json User);

/// Request builder for [`UsersApi::users_delete`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersDelete<'a> {
    call: Call<'a>,
}

impl<'a> UsersDelete<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "users_delete",
            method: reqwest::Method::DELETE,
            path: "/users/{id}",
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

request_builder!(runtime, UsersDelete => empty);

/// Request builder for [`UsersApi::users_partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UsersPartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> UsersPartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, user: User) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "users_partial_update",
            method: reqwest::Method::PATCH,
            path: "/users/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&user);
        Self { call }
    }
}

request_builder!(runtime, UsersPartialUpdate => json User);

/// An inline schema, which the spec does not describe (`#/paths/~1users/get/responses/200/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct UsersListResponse {
    /// The `count` property, which the spec does not describe (`#/paths/~1users/get/responses/200/schema/properties/count`).
    pub count: i64,
    /// The `next` property, which the spec does not describe (`#/paths/~1users/get/responses/200/schema/properties/next`).
    pub next: Option<String>,
    /// The `previous` property, which the spec does not describe (`#/paths/~1users/get/responses/200/schema/properties/previous`).
    pub previous: Option<String>,
    /// The `results` property, which the spec does not describe (`#/paths/~1users/get/responses/200/schema/properties/results`).
    pub results: Vec<User>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UsersListResponse {
        count: required("count"),
        next: optional("next"),
        previous: optional("previous"),
        results: required("results")
    }
);

deserialize_struct!(
    runtime,
    UsersListResponse {
        count: required::<i64>("count"),
        next: optional::<Option<String>>("next"),
        previous: optional::<Option<String>>("previous"),
        results: required::<Vec<User>>("results")
    }
);

impl Page for UsersListResponse {
    type Item = User;

    fn into_page(self) -> (Vec<User>, Cursor) {
        let cursor = Cursor { has_next: Some(self.next.as_ref().is_some()), total: None, next_marker: None };
        (self.results, cursor)
    }
}

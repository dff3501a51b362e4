// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `comments` operations: [`CommentsApi`] and one request builder per operation.

use crate::models::{CommentRead, CommentWriteRequest, PaginatedCommentReadList, PatchedCommentWriteRequest};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder};

/// Reach it with [`Client::comments_api`](crate::Client::comments_api) or [`CommentsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct CommentsApi<'a> {
    client: &'a Client,
}

impl<'a> CommentsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List comments
    ///
    /// `GET /api/comments`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Create a comment
    ///
    /// `POST /api/comments`
    #[inline]
    pub fn create(&self, comment_write_request: CommentWriteRequest) -> Create<'a> {
        Create::new(self.client, comment_write_request)
    }

    /// Get comment details
    ///
    /// `GET /api/comments/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Delete a comment
    ///
    /// `DELETE /api/comments/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Update a comment
    ///
    /// `PATCH /api/comments/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }
}

/// Request builder for [`CommentsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "comments_list",
            method: reqwest::Method::GET,
            path: "/api/comments",
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
    ///  Available filter_fields: \['frame_id', 'id', 'issue_id', 'job_id', 'owner'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// A simple equality filter for the frame_id field
    #[inline]
    pub fn frame_id(mut self, frame_id: i64) -> Self {
        self.call.query("frame_id", &frame_id);
        self
    }

    /// A simple equality filter for the issue_id field
    #[inline]
    pub fn issue_id(mut self, issue_id: i64) -> Self {
        self.call.query("issue_id", &issue_id);
        self
    }

    /// A simple equality filter for the job_id field
    #[inline]
    pub fn job_id(mut self, job_id: i64) -> Self {
        self.call.query("job_id", &job_id);
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

    /// Which field to use when ordering the results. Available ordering_fields: \['frame_id', 'id', 'issue_id', 'job_id', 'owner'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, CommentRead> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedCommentReadList>)
    }
}

request_builder!(runtime, List => json PaginatedCommentReadList);

/// Request builder for [`CommentsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, comment_write_request: CommentWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "comments_create",
            method: reqwest::Method::POST,
            path: "/api/comments",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&comment_write_request);
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

request_builder!(runtime, Create => json CommentRead);

/// Request builder for [`CommentsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "comments_retrieve",
            method: reqwest::Method::GET,
            path: "/api/comments/{id}",
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

request_builder!(runtime, Retrieve => json CommentRead);

/// Request builder for [`CommentsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "comments_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/comments/{id}",
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

/// Request builder for [`CommentsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "comments_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/comments/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1comments~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_comment_write_request(mut self, patched_comment_write_request: PatchedCommentWriteRequest) -> Self {
        self.call.body(&patched_comment_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json CommentRead);

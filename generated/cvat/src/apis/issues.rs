// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `issues` operations: [`IssuesApi`] and one request builder per operation.

use crate::models::{IssueRead, IssueWriteRequest, PaginatedIssueReadList, PatchedIssueWriteRequest};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder};

/// Reach it with [`Client::issues_api`](crate::Client::issues_api) or [`IssuesApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct IssuesApi<'a> {
    client: &'a Client,
}

impl<'a> IssuesApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List issues
    ///
    /// `GET /api/issues`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Create an issue
    ///
    /// `POST /api/issues`
    #[inline]
    pub fn create(&self, issue_write_request: IssueWriteRequest) -> Create<'a> {
        Create::new(self.client, issue_write_request)
    }

    /// Get issue details
    ///
    /// `GET /api/issues/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Delete an issue
    ///
    /// `DELETE /api/issues/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Update an issue
    ///
    /// `PATCH /api/issues/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }
}

/// Request builder for [`IssuesApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "issues_list",
            method: reqwest::Method::GET,
            path: "/api/issues",
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

    /// A simple equality filter for the assignee field
    #[inline]
    pub fn assignee(mut self, assignee: impl AsRef<str>) -> Self {
        self.call.query("assignee", assignee.as_ref());
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
    ///  Available filter_fields: \['assignee', 'frame_id', 'id', 'job_id', 'owner', 'resolved', 'task_id'\].
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

    /// A simple equality filter for the resolved field
    #[inline]
    pub fn resolved(mut self, resolved: bool) -> Self {
        self.call.query("resolved", &resolved);
        self
    }

    /// A search term. Available search_fields: \['assignee', 'owner'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['assignee', 'frame_id', 'id', 'job_id', 'owner', 'resolved', 'task_id'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the task_id field
    #[inline]
    pub fn task_id(mut self, task_id: i64) -> Self {
        self.call.query("task_id", &task_id);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, IssueRead> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedIssueReadList>)
    }
}

request_builder!(runtime, List => json PaginatedIssueReadList);

/// Request builder for [`IssuesApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, issue_write_request: IssueWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "issues_create",
            method: reqwest::Method::POST,
            path: "/api/issues",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&issue_write_request);
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

request_builder!(runtime, Create => json IssueRead);

/// Request builder for [`IssuesApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "issues_retrieve",
            method: reqwest::Method::GET,
            path: "/api/issues/{id}",
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

request_builder!(runtime, Retrieve => json IssueRead);

/// Request builder for [`IssuesApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "issues_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/issues/{id}",
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

/// Request builder for [`IssuesApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "issues_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/issues/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1issues~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_issue_write_request(mut self, patched_issue_write_request: PatchedIssueWriteRequest) -> Self {
        self.call.body(&patched_issue_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json IssueRead);

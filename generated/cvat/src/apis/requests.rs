// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `requests` operations: [`RequestsApi`] and one request builder per operation.

use crate::models::{PaginatedRequestList, Request};
use crate::runtime::{self, Call, OperationSpec, Pager, Paginator, paginate, request_builder, string_enum};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::requests_api`](crate::Client::requests_api) or [`RequestsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct RequestsApi<'a> {
    client: &'a Client,
}

impl<'a> RequestsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List requests
    ///
    /// `GET /api/requests`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Get request details
    ///
    /// `GET /api/requests/{id}`
    #[inline]
    pub fn retrieve(&self, id: impl AsRef<str>) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Cancel request
    ///
    /// `POST /api/requests/{id}/cancel`
    #[inline]
    pub fn create_cancel(&self, id: impl AsRef<str>) -> CreateCancel<'a> {
        CreateCancel::new(self.client, id)
    }
}

/// Request builder for [`RequestsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "requests_list",
            method: reqwest::Method::GET,
            path: "/api/requests",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// A simple equality filter for the action field
    #[inline]
    pub fn action(mut self, action: impl AsRef<str>) -> Self {
        self.call.query("action", action.as_ref());
        self
    }

    /// JSON Logic filter. This filter can be used to perform complex filtering by grouping rules.
    ///
    /// Details about the syntax used can be found at the link: <https://jsonlogic.com/>
    ///
    ///  Available filter_fields: \['action', 'format', 'job_id', 'org', 'org_id', 'project_id', 'status', 'subresource', 'target', 'task_id'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// A simple equality filter for the format field
    #[inline]
    pub fn format(mut self, format: impl AsRef<str>) -> Self {
        self.call.query("format", format.as_ref());
        self
    }

    /// A simple equality filter for the job_id field
    #[inline]
    pub fn job_id(mut self, job_id: i64) -> Self {
        self.call.query("job_id", &job_id);
        self
    }

    /// A simple equality filter for the org field
    #[inline]
    pub fn org(mut self, org: impl AsRef<str>) -> Self {
        self.call.query("org", org.as_ref());
        self
    }

    /// A simple equality filter for the org_id field
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

    /// A simple equality filter for the project_id field
    #[inline]
    pub fn project_id(mut self, project_id: i64) -> Self {
        self.call.query("project_id", &project_id);
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['action', 'created_date', 'status'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the status field
    #[inline]
    pub fn status(mut self, status: RequestsListStatus) -> Self {
        self.call.query("status", &status);
        self
    }

    /// A simple equality filter for the subresource field
    #[inline]
    pub fn subresource(mut self, subresource: impl AsRef<str>) -> Self {
        self.call.query("subresource", subresource.as_ref());
        self
    }

    /// A simple equality filter for the target field
    #[inline]
    pub fn target(mut self, target: impl AsRef<str>) -> Self {
        self.call.query("target", target.as_ref());
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
    pub fn into_stream(self) -> Paginator<'a, Request> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedRequestList>)
    }
}

request_builder!(runtime, List => json PaginatedRequestList);

/// Request builder for [`RequestsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "requests_retrieve",
            method: reqwest::Method::GET,
            path: "/api/requests/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, Retrieve => json Request);

/// Request builder for [`RequestsApi::create_cancel`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateCancel<'a> {
    call: Call<'a>,
}

impl<'a> CreateCancel<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "requests_create_cancel",
            method: reqwest::Method::POST,
            path: "/api/requests/{id}/cancel",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, CreateCancel => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1api~1requests/get/parameters/10/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RequestsListStatus {
    /// `queued`
    Queued,
    /// `started`
    Started,
    /// `failed`
    Failed,
    /// `finished`
    Finished,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    RequestsListStatus,
    Unknown,
    Queued = "queued",
    Started = "started",
    Failed = "failed",
    Finished = "finished"
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `requests` operations: [`RequestsApi`] and one request builder per operation.

/// Reach it with [`Client::requests_api`](crate::Client::requests_api) or [`RequestsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct RequestsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> RequestsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "requests_list",
            method: reqwest::Method::GET,
            path: "/api/requests",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::Request> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedRequestList>,
        )
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedRequestList> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedRequestList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for List<'a> {
    type Output = Result<crate::models::PaginatedRequestList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedRequestList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedRequestList>)
    }
}

/// Request builder for [`RequestsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "requests_retrieve",
            method: reqwest::Method::GET,
            path: "/api/requests/{id}",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::Request> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::Request>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Retrieve<'a> {
    type Output = Result<crate::models::Request, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::Request>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::Request>)
    }
}

/// Request builder for [`RequestsApi::create_cancel`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateCancel<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateCancel<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "requests_create_cancel",
            method: reqwest::Method::POST,
            path: "/api/requests/{id}/cancel",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateCancel<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

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

impl RequestsListStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::Started => "started",
            Self::Failed => "failed",
            Self::Finished => "finished",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for RequestsListStatus {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "queued" => Self::Queued,
            "started" => Self::Started,
            "failed" => Self::Failed,
            "finished" => Self::Finished,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for RequestsListStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RequestsListStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RequestsListStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

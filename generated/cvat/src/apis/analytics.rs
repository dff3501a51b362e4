// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `analytics` operations: [`AnalyticsApi`] and one request builder per operation.

/// Reach it with [`Client::analytics_api`](crate::Client::analytics_api) or [`AnalyticsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct AnalyticsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> AnalyticsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Get an analytics report
    ///
    /// Receive analytics report
    ///
    /// `GET /api/analytics/reports`
    #[inline]
    pub fn get_reports(&self) -> GetReports<'a> {
        GetReports::new(self.client)
    }

    /// Create an analytics report
    ///
    /// `POST /api/analytics/reports`
    #[inline]
    pub fn create_report(&self) -> CreateReport<'a> {
        CreateReport::new(self.client)
    }
}

/// Request builder for [`AnalyticsApi::get_reports`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetReports<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetReports<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "analytics_get_reports",
            method: reqwest::Method::GET,
            path: "/api/analytics/reports",
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

    /// UTC end date for events filtration. Default is the current time.
    #[inline]
    pub fn end_date(mut self, end_date: chrono::DateTime<chrono::Utc>) -> Self {
        self.call.query("end_date", &end_date);
        self
    }

    /// Specify job ID
    #[inline]
    pub fn job_id(mut self, job_id: i64) -> Self {
        self.call.query("job_id", &job_id);
        self
    }

    /// Specify project ID
    #[inline]
    pub fn project_id(mut self, project_id: i64) -> Self {
        self.call.query("project_id", &project_id);
        self
    }

    /// UTC start date for events filtration. Default is the minimal time.
    #[inline]
    pub fn start_date(mut self, start_date: chrono::DateTime<chrono::Utc>) -> Self {
        self.call.query("start_date", &start_date);
        self
    }

    /// Specify task ID
    #[inline]
    pub fn task_id(mut self, task_id: i64) -> Self {
        self.call.query("task_id", &task_id);
        self
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, AnalyticsGetReportsResponse> {
        self.into_call().send_decoded_with_response(AnalyticsGetReportsResponse::decode)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetReports<'a> {
    type Output = Result<AnalyticsGetReportsResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, AnalyticsGetReportsResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(AnalyticsGetReportsResponse::decode)
    }
}

/// Request builder for [`AnalyticsApi::create_report`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateReport<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateReport<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "analytics_create_report",
            method: reqwest::Method::POST,
            path: "/api/analytics/reports",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The report creation request id. Can be specified to check the report
    /// creation status.
    #[inline]
    pub fn rq_id(mut self, rq_id: impl AsRef<str>) -> Self {
        self.call.query("rq_id", rq_id.as_ref());
        self
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1analytics~1reports/post/requestBody`).
    #[inline]
    pub fn create_analytics_report_body_request(
        mut self,
        create_analytics_report_body_request: crate::models::CreateAnalyticsReportBodyRequest,
    ) -> Self {
        self.call.body(&create_analytics_report_body_request);
        self
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::RqId> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::RqId>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateReport<'a> {
    type Output = Result<crate::models::RqId, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::RqId>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::RqId>)
    }
}

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AnalyticsGetReportsResponse {
    /// HTTP 200.
    Ok(crate::models::AnalyticsReport),
    /// HTTP 204: Report not found
    NoContent,
}

impl AnalyticsGetReportsResponse {
    fn decode(response: &crate::RawResponse) -> Result<Self, crate::Error> {
        match response.status.as_u16() {
            200 => response.json().map(Self::Ok),
            204 => Ok(Self::NoContent),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}

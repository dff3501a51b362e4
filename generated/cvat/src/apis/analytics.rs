// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `analytics` operations: [`AnalyticsApi`] and one request builder per operation.

use crate::models::{AnalyticsReport, CreateAnalyticsReportBodyRequest, RqId};
use crate::runtime::{self, BodyEncoding, Call, OperationSpec, request_builder};
use crate::{Client, Error, RawResponse, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::analytics_api`](crate::Client::analytics_api) or [`AnalyticsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct AnalyticsApi<'a> {
    client: &'a Client,
}

impl<'a> AnalyticsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> GetReports<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "analytics_get_reports",
            method: reqwest::Method::GET,
            path: "/api/analytics/reports",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, GetReports => outcomes AnalyticsGetReportsResponse);

/// Request builder for [`AnalyticsApi::create_report`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateReport<'a> {
    call: Call<'a>,
}

impl<'a> CreateReport<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "analytics_create_report",
            method: reqwest::Method::POST,
            path: "/api/analytics/reports",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
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
        create_analytics_report_body_request: CreateAnalyticsReportBodyRequest,
    ) -> Self {
        self.call.body(&create_analytics_report_body_request);
        self
    }
}

request_builder!(runtime, CreateReport => json RqId);

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AnalyticsGetReportsResponse {
    /// HTTP 200.
    Ok(AnalyticsReport),
    /// HTTP 204: Report not found
    NoContent,
}

impl AnalyticsGetReportsResponse {
    fn decode(response: &RawResponse) -> Result<Self, Error> {
        match response.status.as_u16() {
            200 => response.json().map(Self::Ok),
            204 => Ok(Self::NoContent),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}

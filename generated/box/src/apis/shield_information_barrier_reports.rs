// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shield_information_barrier_reports` operations: [`ShieldInformationBarrierReportsManager`] and one request builder per operation.

use crate::models::{
    ClientError, ShieldInformationBarrierReference, ShieldInformationBarrierReport, ShieldInformationBarrierReports,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
};

/// Reach it with [`Client::shield_information_barrier_reports`](crate::Client::shield_information_barrier_reports) or [`ShieldInformationBarrierReportsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ShieldInformationBarrierReportsManager<'a> {
    client: &'a Client,
}

impl<'a> ShieldInformationBarrierReportsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List shield information barrier reports
    ///
    /// Lists shield information barrier reports.
    ///
    /// `GET /shield_information_barrier_reports`
    #[inline]
    pub fn get_shield_information_barrier_reports(
        &self,
        shield_information_barrier_id: impl AsRef<str>,
    ) -> GetShieldInformationBarrierReports<'a> {
        GetShieldInformationBarrierReports::new(self.client, shield_information_barrier_id)
    }

    /// Create shield information barrier report
    ///
    /// Creates a shield information barrier report for a given barrier.
    ///
    /// `POST /shield_information_barrier_reports`
    #[inline]
    pub fn create_shield_information_barrier_report(&self) -> CreateShieldInformationBarrierReport<'a> {
        CreateShieldInformationBarrierReport::new(self.client)
    }

    /// Get shield information barrier report by ID
    ///
    /// Retrieves a shield information barrier report by its ID.
    ///
    /// `GET /shield_information_barrier_reports/{shield_information_barrier_report_id}`
    #[inline]
    pub fn get_shield_information_barrier_report_by_id(
        &self,
        shield_information_barrier_report_id: impl AsRef<str>,
    ) -> GetShieldInformationBarrierReportById<'a> {
        GetShieldInformationBarrierReportById::new(self.client, shield_information_barrier_report_id)
    }
}

/// Request builder for [`ShieldInformationBarrierReportsManager::get_shield_information_barrier_reports`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierReports<'a> {
    call: Call<'a>,
}

impl<'a> GetShieldInformationBarrierReports<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shield_information_barrier_reports",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_reports",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.query("shield_information_barrier_id", shield_information_barrier_id.as_ref());
        Self { call }
    }

    /// Defines the position marker at which to begin returning results. This is
    /// used when paginating using marker-based pagination.
    ///
    /// This requires `usemarker` to be set to `true`.
    #[inline]
    pub fn marker(mut self, marker: impl AsRef<str>) -> Self {
        self.call.query("marker", marker.as_ref());
        self
    }

    /// The maximum number of items to return per page.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.call.query("limit", &limit);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, ShieldInformationBarrierReport> {
        static PAGER: Pager = Pager { page: None, offset: None, marker: Some("marker") };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<ShieldInformationBarrierReports>)
    }
}

request_builder!(
    runtime, GetShieldInformationBarrierReports => json ShieldInformationBarrierReports
);

/// Request builder for [`ShieldInformationBarrierReportsManager::create_shield_information_barrier_report`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateShieldInformationBarrierReport<'a> {
    call: Call<'a>,
}

impl<'a> CreateShieldInformationBarrierReport<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "post_shield_information_barrier_reports",
            method: reqwest::Method::POST,
            path: "/shield_information_barrier_reports",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Code(409), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1shield_information_barrier_reports/post/requestBody`).
    #[inline]
    pub fn shield_information_barrier_reference(
        mut self,
        shield_information_barrier_reference: ShieldInformationBarrierReference,
    ) -> Self {
        self.call.body(&shield_information_barrier_reference);
        self
    }
}

request_builder!(
    runtime, CreateShieldInformationBarrierReport => json ShieldInformationBarrierReport
);

/// Request builder for [`ShieldInformationBarrierReportsManager::get_shield_information_barrier_report_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierReportById<'a> {
    call: Call<'a>,
}

impl<'a> GetShieldInformationBarrierReportById<'a> {
    #[inline]
    fn new(client: &'a Client, shield_information_barrier_report_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "get_shield_information_barrier_reports_id",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_reports/{shield_information_barrier_report_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (ErrorStatus::Code(404), decode_error::<ClientError>),
                (ErrorStatus::Default, decode_error::<ClientError>),
            ],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("shield_information_barrier_report_id", shield_information_barrier_report_id.as_ref());
        Self { call }
    }
}

request_builder!(
    runtime, GetShieldInformationBarrierReportById => json ShieldInformationBarrierReport
);

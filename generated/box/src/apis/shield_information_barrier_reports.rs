// @generated from ../shared/specs/box.json by the generator; do not edit.
//! The `shield_information_barrier_reports` operations: [`ShieldInformationBarrierReportsManager`] and one request builder per operation.

/// Reach it with [`Client::shield_information_barrier_reports`](crate::Client::shield_information_barrier_reports) or [`ShieldInformationBarrierReportsManager::new`].
#[derive(Clone, Copy, Debug)]
pub struct ShieldInformationBarrierReportsManager<'a> {
    client: &'a crate::Client,
}

impl<'a> ShieldInformationBarrierReportsManager<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
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
    call: crate::runtime::Call<'a>,
}

impl<'a> GetShieldInformationBarrierReports<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shield_information_barrier_reports",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_reports",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::ShieldInformationBarrierReport> {
        static PAGER: crate::runtime::Pager =
            crate::runtime::Pager { page: None, offset: None, marker: Some("marker") };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::ShieldInformationBarrierReports>,
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
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierReports> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::ShieldInformationBarrierReports>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetShieldInformationBarrierReports<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierReports, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierReports>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierReports>)
    }
}

/// Request builder for [`ShieldInformationBarrierReportsManager::create_shield_information_barrier_report`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateShieldInformationBarrierReport<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateShieldInformationBarrierReport<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "post_shield_information_barrier_reports",
            method: reqwest::Method::POST,
            path: "/shield_information_barrier_reports",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1shield_information_barrier_reports/post/requestBody`).
    #[inline]
    pub fn shield_information_barrier_reference(
        mut self,
        shield_information_barrier_reference: crate::models::ShieldInformationBarrierReference,
    ) -> Self {
        self.call.body(&shield_information_barrier_reference);
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
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierReport> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::ShieldInformationBarrierReport>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateShieldInformationBarrierReport<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierReport, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierReport>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierReport>)
    }
}

/// Request builder for [`ShieldInformationBarrierReportsManager::get_shield_information_barrier_report_by_id`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetShieldInformationBarrierReportById<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> GetShieldInformationBarrierReportById<'a> {
    #[inline]
    fn new(client: &'a crate::Client, shield_information_barrier_report_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "get_shield_information_barrier_reports_id",
            method: reqwest::Method::GET,
            path: "/shield_information_barrier_reports/{shield_information_barrier_report_id}",
            security: &[&[&crate::SECURITY_SCHEMES[0]]],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[
                (crate::runtime::ErrorStatus::Code(404), crate::runtime::decode_error::<crate::models::ClientError>),
                (crate::runtime::ErrorStatus::Default, crate::runtime::decode_error::<crate::models::ClientError>),
            ],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("shield_information_barrier_report_id", shield_information_barrier_report_id.as_ref());
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
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::ShieldInformationBarrierReport> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::ShieldInformationBarrierReport>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for GetShieldInformationBarrierReportById<'a> {
    type Output = Result<crate::models::ShieldInformationBarrierReport, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::ShieldInformationBarrierReport>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::ShieldInformationBarrierReport>)
    }
}

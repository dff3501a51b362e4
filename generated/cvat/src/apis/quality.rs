// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `quality` operations: [`QualityApi`] and one request builder per operation.

/// Reach it with [`Client::quality_api`](crate::Client::quality_api) or [`QualityApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct QualityApi<'a> {
    client: &'a crate::Client,
}

impl<'a> QualityApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List annotation conflicts in a quality report
    ///
    /// `GET /api/quality/conflicts`
    #[inline]
    pub fn list_conflicts(&self) -> ListConflicts<'a> {
        ListConflicts::new(self.client)
    }

    /// List job validations
    ///
    /// `GET /api/quality/job_validations`
    #[inline]
    pub fn list_job_validations(&self) -> ListJobValidations<'a> {
        ListJobValidations::new(self.client)
    }

    /// Create a job validation request
    ///
    /// The endpoint can be used this way:
    ///
    /// ```text
    /// request_data = {"job_id": 42}
    /// response = post(body=request_data)
    /// if response.status == 200:
    ///     return response.data["status"] # likely, "disabled"
    ///
    /// rq_id = response.data["rq_id"]
    /// while True:
    ///     response = get(f"/api/requests/{rq_id}")
    ///     background_request = json.loads(response.data)
    ///     if background_request["status"] == "finished":
    ///         return background_request
    ///     elif background_request["status"] == "failed":
    ///         raise Exception(background_request["message"])
    /// ```
    ///
    /// Only the last validation request to a job is considered valid. If a new request arrives
    /// before the previous one is completed, the previous one is considered canceled.
    /// The attempts counter will be increased regardless of the results being collected.
    ///
    /// `POST /api/quality/job_validations`
    #[inline]
    pub fn create_validation(&self) -> CreateValidation<'a> {
        CreateValidation::new(self.client)
    }

    /// Get job validation details
    ///
    /// `GET /api/quality/job_validations/{id}`
    #[inline]
    pub fn retrieve_job_validations(&self, id: i64) -> RetrieveJobValidations<'a> {
        RetrieveJobValidations::new(self.client, id)
    }

    /// Method returns a paginated list of quality reports.
    ///
    /// Please note that children reports are included by default
    /// if the "task_id", "project_id" filters are used.
    /// If you want to restrict the list of results to a specific report type,
    /// use the "target" parameter.
    ///
    /// The "parent_id" filter includes all the nested reports recursively.
    /// For instance, if the "parent_id" is a project report,
    /// all the related task and job reports will be returned.
    ///
    /// Please note that a report can be reused in several parent reports,
    /// but the "parent_id" field in responses will include only the first parent report id.
    /// The "parent_id" filter still returns all the relevant nested reports,
    /// even though the response "parent_id" values may be different from the requested one.
    ///
    /// `GET /api/quality/reports`
    #[inline]
    pub fn list_reports(&self) -> ListReports<'a> {
        ListReports::new(self.client)
    }

    /// Create a quality report
    ///
    /// Deprecation warning: Utilizing this endpoint to check the computation status is no longer possible.
    /// Consider using common requests API: GET /api/requests/\<rq_id\>
    ///
    /// `POST /api/quality/reports`
    #[inline]
    pub fn create_report(&self) -> CreateReport<'a> {
        CreateReport::new(self.client)
    }

    /// Get quality report details
    ///
    /// `GET /api/quality/reports/{id}`
    #[inline]
    pub fn retrieve_report(&self, id: i64) -> RetrieveReport<'a> {
        RetrieveReport::new(self.client, id)
    }

    /// Get quality report contents
    ///
    /// `GET /api/quality/reports/{id}/data`
    #[inline]
    pub fn retrieve_report_data(&self, id: i64) -> RetrieveReportData<'a> {
        RetrieveReportData::new(self.client, id)
    }

    /// List quality settings instances
    ///
    /// Please note that child task settings are included by default
    /// if the "project_id" filter is used.
    /// If you want to restrict results only to a specific parent type, use the "parent_type" parameter.
    ///
    /// `GET /api/quality/settings`
    #[inline]
    pub fn list_settings(&self) -> ListSettings<'a> {
        ListSettings::new(self.client)
    }

    /// Get quality settings instance details
    ///
    /// `GET /api/quality/settings/{id}`
    #[inline]
    pub fn retrieve_settings(&self, id: i64) -> RetrieveSettings<'a> {
        RetrieveSettings::new(self.client, id)
    }

    /// Update a quality settings instance
    ///
    /// `PATCH /api/quality/settings/{id}`
    #[inline]
    pub fn partial_update_settings(&self, id: i64) -> PartialUpdateSettings<'a> {
        PartialUpdateSettings::new(self.client, id)
    }
}

/// Request builder for [`QualityApi::list_conflicts`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListConflicts<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> ListConflicts<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "quality_list_conflicts",
            method: reqwest::Method::GET,
            path: "/api/quality/conflicts",
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
    ///  Available filter_fields: \['frame', 'id', 'job_id', 'project_id', 'severity', 'task_id', 'type'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// A simple equality filter for the frame field
    #[inline]
    pub fn frame(mut self, frame: i64) -> Self {
        self.call.query("frame", &frame);
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

    /// A simple equality filter for report id
    #[inline]
    pub fn report_id(mut self, report_id: i64) -> Self {
        self.call.query("report_id", &report_id);
        self
    }

    /// A simple equality filter for the severity field
    #[inline]
    pub fn severity(mut self, severity: QualityListConflictsSeverity) -> Self {
        self.call.query("severity", &severity);
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['frame', 'id', 'job_id', 'project_id', 'severity', 'task_id', 'type'\]
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

    /// A simple equality filter for the type field
    #[inline]
    pub fn r#type(mut self, r#type: QualityListConflictsType) -> Self {
        self.call.query("type", &r#type);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::AnnotationConflict> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedAnnotationConflictList>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedAnnotationConflictList> {
        self.into_call().send_decoded_with_response(
            crate::runtime::response::json::<crate::models::PaginatedAnnotationConflictList>,
        )
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for ListConflicts<'a> {
    type Output = Result<crate::models::PaginatedAnnotationConflictList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedAnnotationConflictList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedAnnotationConflictList>)
    }
}

/// Request builder for [`QualityApi::list_job_validations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListJobValidations<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> ListJobValidations<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "quality_list_job_validations",
            method: reqwest::Method::GET,
            path: "/api/quality/job_validations",
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

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
        self
    }

    /// A simple equality filter for the assignee field
    #[inline]
    pub fn assignee(mut self, assignee: i64) -> Self {
        self.call.query("assignee", &assignee);
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
    ///  Available filter_fields: \['assignee', 'id', 'job_id', 'project_id', 'report_id', 'status', 'task_id'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
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

    /// A simple equality filter for the report_id field
    #[inline]
    pub fn report_id(mut self, report_id: i64) -> Self {
        self.call.query("report_id", &report_id);
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['id'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the status field
    #[inline]
    pub fn status(mut self, status: QualityListJobValidationsStatus) -> Self {
        self.call.query("status", &status);
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::JobValidation> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedJobValidationList>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedJobValidationList> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedJobValidationList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for ListJobValidations<'a> {
    type Output = Result<crate::models::PaginatedJobValidationList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedJobValidationList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedJobValidationList>)
    }
}

/// Request builder for [`QualityApi::create_validation`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateValidation<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateValidation<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "quality_create_validation",
            method: reqwest::Method::POST,
            path: "/api/quality/job_validations",
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

    /// The request body, which the spec does not describe (`#/paths/~1api~1quality~1job_validations/post/requestBody`).
    #[inline]
    pub fn job_validation_create_request(
        mut self,
        job_validation_create_request: crate::models::JobValidationCreateRequest,
    ) -> Self {
        self.call.body(&job_validation_create_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, QualityCreateValidationResponse> {
        self.into_call().send_decoded_with_response(QualityCreateValidationResponse::decode)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateValidation<'a> {
    type Output = Result<QualityCreateValidationResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, QualityCreateValidationResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(QualityCreateValidationResponse::decode)
    }
}

/// Request builder for [`QualityApi::retrieve_job_validations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveJobValidations<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveJobValidations<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "quality_retrieve_job_validations",
            method: reqwest::Method::GET,
            path: "/api/quality/job_validations/{id}",
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
        call.path("id", &id);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::JobValidation> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::JobValidation>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveJobValidations<'a> {
    type Output = Result<crate::models::JobValidation, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::JobValidation>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::JobValidation>)
    }
}

/// Request builder for [`QualityApi::list_reports`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListReports<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> ListReports<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "quality_list_reports",
            method: reqwest::Method::GET,
            path: "/api/quality/reports",
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
    ///  Available filter_fields: \['created_date', 'gt_last_updated', 'id', 'job_id', 'project_id', 'target_last_updated', 'task_id'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
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

    /// A simple equality filter for parent id
    #[inline]
    pub fn parent_id(mut self, parent_id: i64) -> Self {
        self.call.query("parent_id", &parent_id);
        self
    }

    /// A simple equality filter for project id
    #[inline]
    pub fn project_id(mut self, project_id: i64) -> Self {
        self.call.query("project_id", &project_id);
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['created_date', 'gt_last_updated', 'id', 'job_id', 'project_id', 'target_last_updated', 'task_id'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for target
    #[inline]
    pub fn target(mut self, target: QualityListReportsTarget) -> Self {
        self.call.query("target", &target);
        self
    }

    /// A simple equality filter for task id
    #[inline]
    pub fn task_id(mut self, task_id: i64) -> Self {
        self.call.query("task_id", &task_id);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::QualityReport> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedQualityReportList>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedQualityReportList> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedQualityReportList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for ListReports<'a> {
    type Output = Result<crate::models::PaginatedQualityReportList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedQualityReportList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedQualityReportList>)
    }
}

/// Request builder for [`QualityApi::create_report`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateReport<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateReport<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "quality_create_report",
            method: reqwest::Method::POST,
            path: "/api/quality/reports",
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
    #[deprecated]
    #[inline]
    pub fn rq_id(mut self, rq_id: impl AsRef<str>) -> Self {
        self.call.query("rq_id", rq_id.as_ref());
        self
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1quality~1reports/post/requestBody`).
    #[inline]
    pub fn quality_report_create_request(
        mut self,
        quality_report_create_request: crate::models::QualityReportCreateRequest,
    ) -> Self {
        self.call.body(&quality_report_create_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, QualityCreateReportResponse> {
        self.into_call().send_decoded_with_response(QualityCreateReportResponse::decode)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateReport<'a> {
    type Output = Result<QualityCreateReportResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, QualityCreateReportResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(QualityCreateReportResponse::decode)
    }
}

/// Request builder for [`QualityApi::retrieve_report`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveReport<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveReport<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "quality_retrieve_report",
            method: reqwest::Method::GET,
            path: "/api/quality/reports/{id}",
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
        call.path("id", &id);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::QualityReport> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::QualityReport>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveReport<'a> {
    type Output = Result<crate::models::QualityReport, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::QualityReport>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::QualityReport>)
    }
}

/// Request builder for [`QualityApi::retrieve_report_data`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveReportData<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveReportData<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "quality_retrieve_report_data",
            method: reqwest::Method::GET,
            path: "/api/quality/reports/{id}/data",
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
        call.path("id", &id);
        Self { call }
    }

    /// The `format` query parameter, which the spec does not describe (`#/paths/~1api~1quality~1reports~1{id}~1data/get/parameters/0`).
    #[inline]
    pub fn format(mut self, format: QualityRetrieveReportDataFormat) -> Self {
        self.call.query("format", &format);
        self
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl std::future::Future<Output = Result<crate::runtime::Download, crate::Error>> + 'a {
        self.into_call().send_streaming()
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, bytes::Bytes> {
        self.into_call().send_decoded_with_response(crate::runtime::response::bytes)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveReportData<'a> {
    type Output = Result<bytes::Bytes, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, bytes::Bytes>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::bytes)
    }
}

/// Request builder for [`QualityApi::list_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListSettings<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> ListSettings<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "quality_list_settings",
            method: reqwest::Method::GET,
            path: "/api/quality/settings",
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
    ///  Available filter_fields: \['created_date', 'id', 'inherit', 'project_id', 'task_id', 'updated_date'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// A simple equality filter for the inherit field
    #[inline]
    pub fn inherit(mut self, inherit: bool) -> Self {
        self.call.query("inherit", &inherit);
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

    /// A simple equality filter for parent instance type
    #[inline]
    pub fn parent_type(mut self, parent_type: QualityListSettingsParentType) -> Self {
        self.call.query("parent_type", &parent_type);
        self
    }

    /// A simple equality filter for project id
    #[inline]
    pub fn project_id(mut self, project_id: i64) -> Self {
        self.call.query("project_id", &project_id);
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['created_date', 'id', 'inherit', 'project_id', 'task_id', 'updated_date'\]
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
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::QualitySettings> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedQualitySettingsList>,
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedQualitySettingsList> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedQualitySettingsList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for ListSettings<'a> {
    type Output = Result<crate::models::PaginatedQualitySettingsList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedQualitySettingsList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedQualitySettingsList>)
    }
}

/// Request builder for [`QualityApi::retrieve_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveSettings<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveSettings<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "quality_retrieve_settings",
            method: reqwest::Method::GET,
            path: "/api/quality/settings/{id}",
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
        call.path("id", &id);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::QualitySettings> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::QualitySettings>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveSettings<'a> {
    type Output = Result<crate::models::QualitySettings, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::QualitySettings>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::QualitySettings>)
    }
}

/// Request builder for [`QualityApi::partial_update_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateSettings<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdateSettings<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "quality_partial_update_settings",
            method: reqwest::Method::PATCH,
            path: "/api/quality/settings/{id}",
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
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1quality~1settings~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_quality_settings_request(
        mut self,
        patched_quality_settings_request: crate::models::PatchedQualitySettingsRequest,
    ) -> Self {
        self.call.body(&patched_quality_settings_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::QualitySettings> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::QualitySettings>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdateSettings<'a> {
    type Output = Result<crate::models::QualitySettings, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::QualitySettings>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::QualitySettings>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1quality~1conflicts/get/parameters/10/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityListConflictsSeverity {
    /// `warning`
    Warning,
    /// `error`
    Error,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl QualityListConflictsSeverity {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Warning => "warning",
            Self::Error => "error",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for QualityListConflictsSeverity {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "warning" => Self::Warning,
            "error" => Self::Error,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for QualityListConflictsSeverity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for QualityListConflictsSeverity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for QualityListConflictsSeverity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1quality~1conflicts/get/parameters/13/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityListConflictsType {
    /// `missing_annotation`
    MissingAnnotation,
    /// `extra_annotation`
    ExtraAnnotation,
    /// `mismatching_label`
    MismatchingLabel,
    /// `low_overlap`
    LowOverlap,
    /// `mismatching_direction`
    MismatchingDirection,
    /// `mismatching_attributes`
    MismatchingAttributes,
    /// `mismatching_groups`
    MismatchingGroups,
    /// `covered_annotation`
    CoveredAnnotation,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl QualityListConflictsType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MissingAnnotation => "missing_annotation",
            Self::ExtraAnnotation => "extra_annotation",
            Self::MismatchingLabel => "mismatching_label",
            Self::LowOverlap => "low_overlap",
            Self::MismatchingDirection => "mismatching_direction",
            Self::MismatchingAttributes => "mismatching_attributes",
            Self::MismatchingGroups => "mismatching_groups",
            Self::CoveredAnnotation => "covered_annotation",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for QualityListConflictsType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "missing_annotation" => Self::MissingAnnotation,
            "extra_annotation" => Self::ExtraAnnotation,
            "mismatching_label" => Self::MismatchingLabel,
            "low_overlap" => Self::LowOverlap,
            "mismatching_direction" => Self::MismatchingDirection,
            "mismatching_attributes" => Self::MismatchingAttributes,
            "mismatching_groups" => Self::MismatchingGroups,
            "covered_annotation" => Self::CoveredAnnotation,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for QualityListConflictsType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for QualityListConflictsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for QualityListConflictsType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1quality~1job_validations/get/parameters/11/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityListJobValidationsStatus {
    /// `disabled`
    Disabled,
    /// `accepted`
    Accepted,
    /// `rejected`
    Rejected,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl QualityListJobValidationsStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Accepted => "accepted",
            Self::Rejected => "rejected",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for QualityListJobValidationsStatus {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "disabled" => Self::Disabled,
            "accepted" => Self::Accepted,
            "rejected" => Self::Rejected,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for QualityListJobValidationsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for QualityListJobValidationsStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for QualityListJobValidationsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QualityCreateValidationResponse {
    /// HTTP 200: A job validation request has been processed successfully
    /// without creating an async task.
    /// Typically this means that job validation is disabled for the job.
    Ok(crate::models::JobValidation),
    /// HTTP 202: A job validation request has been enqueued, the request id is returned.
    /// The request status can be checked by using common requests API: `GET /api/requests/<rq_id>`.
    Accepted(crate::models::RqId),
}

impl QualityCreateValidationResponse {
    fn decode(response: &crate::RawResponse) -> Result<Self, crate::Error> {
        match response.status.as_u16() {
            200 => response.json().map(Self::Ok),
            202 => response.json().map(Self::Accepted),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1quality~1reports/get/parameters/10/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityListReportsTarget {
    /// `job`
    Job,
    /// `project`
    Project,
    /// `task`
    Task,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl QualityListReportsTarget {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Job => "job",
            Self::Project => "project",
            Self::Task => "task",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for QualityListReportsTarget {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "job" => Self::Job,
            "project" => Self::Project,
            "task" => Self::Task,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for QualityListReportsTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for QualityListReportsTarget {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for QualityListReportsTarget {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QualityCreateReportResponse {
    /// HTTP 201.
    Created(crate::models::QualityReport),
    /// HTTP 202: A quality report request has been enqueued, the request id is returned.
    /// The request status can be checked at this endpoint by passing the rq_id
    /// as the query parameter. If the request id is specified, this response
    /// means the quality report request is queued or is being processed.
    Accepted(crate::models::RqId),
}

impl QualityCreateReportResponse {
    fn decode(response: &crate::RawResponse) -> Result<Self, crate::Error> {
        match response.status.as_u16() {
            201 => response.json().map(Self::Created),
            202 => response.json().map(Self::Accepted),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1quality~1reports~1{id}~1data/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityRetrieveReportDataFormat {
    /// `csv`
    Csv,
    /// `json`
    Json,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl QualityRetrieveReportDataFormat {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "csv",
            Self::Json => "json",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for QualityRetrieveReportDataFormat {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "csv" => Self::Csv,
            "json" => Self::Json,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for QualityRetrieveReportDataFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for QualityRetrieveReportDataFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for QualityRetrieveReportDataFormat {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1quality~1settings/get/parameters/7/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityListSettingsParentType {
    /// `project`
    Project,
    /// `task`
    Task,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl QualityListSettingsParentType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Project => "project",
            Self::Task => "task",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for QualityListSettingsParentType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "project" => Self::Project,
            "task" => Self::Task,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for QualityListSettingsParentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for QualityListSettingsParentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for QualityListSettingsParentType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

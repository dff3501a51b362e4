// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `quality` operations: [`QualityApi`] and one request builder per operation.

use crate::models::{
    AnnotationConflict, JobValidation, JobValidationCreateRequest, PaginatedAnnotationConflictList,
    PaginatedJobValidationList, PaginatedQualityReportList, PaginatedQualitySettingsList,
    PatchedQualitySettingsRequest, QualityReport, QualityReportCreateRequest, QualitySettings, RqId,
};
use crate::{Client, RawResponse, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, Download, OperationSpec, Pager, Paginator, paginate, request_builder, string_enum,
};

/// Reach it with [`Client::quality_api`](crate::Client::quality_api) or [`QualityApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct QualityApi<'a> {
    client: &'a Client,
}

impl<'a> QualityApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> ListConflicts<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "quality_list_conflicts",
            method: reqwest::Method::GET,
            path: "/api/quality/conflicts",
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
    pub fn into_stream(self) -> Paginator<'a, AnnotationConflict> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedAnnotationConflictList>)
    }
}

request_builder!(runtime, ListConflicts => json PaginatedAnnotationConflictList);

/// Request builder for [`QualityApi::list_job_validations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListJobValidations<'a> {
    call: Call<'a>,
}

impl<'a> ListJobValidations<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "quality_list_job_validations",
            method: reqwest::Method::GET,
            path: "/api/quality/job_validations",
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
    pub fn into_stream(self) -> Paginator<'a, JobValidation> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedJobValidationList>)
    }
}

request_builder!(runtime, ListJobValidations => json PaginatedJobValidationList);

/// Request builder for [`QualityApi::create_validation`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateValidation<'a> {
    call: Call<'a>,
}

impl<'a> CreateValidation<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "quality_create_validation",
            method: reqwest::Method::POST,
            path: "/api/quality/job_validations",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1quality~1job_validations/post/requestBody`).
    #[inline]
    pub fn job_validation_create_request(mut self, job_validation_create_request: JobValidationCreateRequest) -> Self {
        self.call.body(&job_validation_create_request);
        self
    }
}

request_builder!(runtime, CreateValidation => outcomes QualityCreateValidationResponse);

/// Request builder for [`QualityApi::retrieve_job_validations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveJobValidations<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveJobValidations<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "quality_retrieve_job_validations",
            method: reqwest::Method::GET,
            path: "/api/quality/job_validations/{id}",
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

request_builder!(runtime, RetrieveJobValidations => json JobValidation);

/// Request builder for [`QualityApi::list_reports`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListReports<'a> {
    call: Call<'a>,
}

impl<'a> ListReports<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "quality_list_reports",
            method: reqwest::Method::GET,
            path: "/api/quality/reports",
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
    pub fn into_stream(self) -> Paginator<'a, QualityReport> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedQualityReportList>)
    }
}

request_builder!(runtime, ListReports => json PaginatedQualityReportList);

/// Request builder for [`QualityApi::create_report`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateReport<'a> {
    call: Call<'a>,
}

impl<'a> CreateReport<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "quality_create_report",
            method: reqwest::Method::POST,
            path: "/api/quality/reports",
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
    #[deprecated]
    #[inline]
    pub fn rq_id(mut self, rq_id: impl AsRef<str>) -> Self {
        self.call.query("rq_id", rq_id.as_ref());
        self
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1quality~1reports/post/requestBody`).
    #[inline]
    pub fn quality_report_create_request(mut self, quality_report_create_request: QualityReportCreateRequest) -> Self {
        self.call.body(&quality_report_create_request);
        self
    }
}

request_builder!(runtime, CreateReport => outcomes QualityCreateReportResponse);

/// Request builder for [`QualityApi::retrieve_report`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveReport<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveReport<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "quality_retrieve_report",
            method: reqwest::Method::GET,
            path: "/api/quality/reports/{id}",
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

request_builder!(runtime, RetrieveReport => json QualityReport);

/// Request builder for [`QualityApi::retrieve_report_data`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveReportData<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveReportData<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "quality_retrieve_report_data",
            method: reqwest::Method::GET,
            path: "/api/quality/reports/{id}/data",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
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
    pub fn send_streaming(self) -> impl std::future::Future<Output = Result<Download, crate::Error>> + 'a {
        self.into_call().send_streaming()
    }
}

request_builder!(runtime, RetrieveReportData => bytes);

/// Request builder for [`QualityApi::list_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListSettings<'a> {
    call: Call<'a>,
}

impl<'a> ListSettings<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "quality_list_settings",
            method: reqwest::Method::GET,
            path: "/api/quality/settings",
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
    pub fn into_stream(self) -> Paginator<'a, QualitySettings> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedQualitySettingsList>)
    }
}

request_builder!(runtime, ListSettings => json PaginatedQualitySettingsList);

/// Request builder for [`QualityApi::retrieve_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveSettings<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveSettings<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "quality_retrieve_settings",
            method: reqwest::Method::GET,
            path: "/api/quality/settings/{id}",
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

request_builder!(runtime, RetrieveSettings => json QualitySettings);

/// Request builder for [`QualityApi::partial_update_settings`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateSettings<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdateSettings<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "quality_partial_update_settings",
            method: reqwest::Method::PATCH,
            path: "/api/quality/settings/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1quality~1settings~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_quality_settings_request(
        mut self,
        patched_quality_settings_request: PatchedQualitySettingsRequest,
    ) -> Self {
        self.call.body(&patched_quality_settings_request);
        self
    }
}

request_builder!(runtime, PartialUpdateSettings => json QualitySettings);

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

string_enum!(runtime, QualityListConflictsSeverity, Unknown, Warning = "warning", Error = "error");

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

string_enum!(
    runtime,
    QualityListConflictsType,
    Unknown,
    MissingAnnotation = "missing_annotation",
    ExtraAnnotation = "extra_annotation",
    MismatchingLabel = "mismatching_label",
    LowOverlap = "low_overlap",
    MismatchingDirection = "mismatching_direction",
    MismatchingAttributes = "mismatching_attributes",
    MismatchingGroups = "mismatching_groups",
    CoveredAnnotation = "covered_annotation"
);

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

string_enum!(
    runtime,
    QualityListJobValidationsStatus,
    Unknown,
    Disabled = "disabled",
    Accepted = "accepted",
    Rejected = "rejected"
);

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QualityCreateValidationResponse {
    /// HTTP 200: A job validation request has been processed successfully
    /// without creating an async task.
    /// Typically this means that job validation is disabled for the job.
    Ok(JobValidation),
    /// HTTP 202: A job validation request has been enqueued, the request id is returned.
    /// The request status can be checked by using common requests API: `GET /api/requests/<rq_id>`.
    Accepted(RqId),
}

impl QualityCreateValidationResponse {
    fn decode(response: &RawResponse) -> Result<Self, crate::Error> {
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

string_enum!(runtime, QualityListReportsTarget, Unknown, Job = "job", Project = "project", Task = "task");

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QualityCreateReportResponse {
    /// HTTP 201.
    Created(QualityReport),
    /// HTTP 202: A quality report request has been enqueued, the request id is returned.
    /// The request status can be checked at this endpoint by passing the rq_id
    /// as the query parameter. If the request id is specified, this response
    /// means the quality report request is queued or is being processed.
    Accepted(RqId),
}

impl QualityCreateReportResponse {
    fn decode(response: &RawResponse) -> Result<Self, crate::Error> {
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

string_enum!(runtime, QualityRetrieveReportDataFormat, Unknown, Csv = "csv", Json = "json");

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

string_enum!(runtime, QualityListSettingsParentType, Unknown, Project = "project", Task = "task");

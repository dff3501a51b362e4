// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `jobs` operations: [`JobsApi`] and one request builder per operation.

/// Reach it with [`Client::jobs_api`](crate::Client::jobs_api) or [`JobsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct JobsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> JobsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// List jobs
    ///
    /// `GET /api/jobs`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Create a job
    ///
    /// `POST /api/jobs`
    #[inline]
    pub fn create(&self, job_write_request: crate::models::JobWriteRequest) -> Create<'a> {
        Create::new(self.client, job_write_request)
    }

    /// Get job details
    ///
    /// `GET /api/jobs/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Delete a job
    ///
    /// Related annotations will be deleted as well.
    ///
    /// Please note, that not every job can be removed. Currently,
    /// it is only available for Ground Truth jobs.
    ///
    /// `DELETE /api/jobs/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Update a job
    ///
    /// `PATCH /api/jobs/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }

    /// Get job annotations
    ///
    /// Deprecation warning:
    ///
    /// Utilizing this endpoint to export job dataset in a specific format
    /// is no longer possible.
    ///
    /// Consider using new API:
    /// - `POST /api/jobs/<job_id>/dataset/export?save_images=True` to initiate export process
    /// - `GET /api/requests/<rq_id>` to check process status,
    ///     where `rq_id` is request id returned on initializing request
    /// - `GET result_url` to download a prepared file,
    ///     where `result_url` can be found in the response on checking status request
    ///
    /// `GET /api/jobs/{id}/annotations/`
    #[inline]
    pub fn retrieve_annotations(&self, id: i64) -> RetrieveAnnotations<'a> {
        RetrieveAnnotations::new(self.client, id)
    }

    /// Replace job annotations
    ///
    /// `PUT /api/jobs/{id}/annotations/`
    #[inline]
    pub fn update_annotations(&self, id: i64) -> UpdateAnnotations<'a> {
        UpdateAnnotations::new(self.client, id)
    }

    /// Import annotations into a job
    ///
    /// The request POST /api/jobs/id/annotations initiates a background process to import annotations into a job.
    /// Please, use the GET /api/requests/\<rq_id\> endpoint for checking status of the process.
    /// The `rq_id` parameter can be found in the response on initiating request.
    ///
    /// `POST /api/jobs/{id}/annotations/`
    #[inline]
    pub fn create_annotations(&self, id: i64) -> CreateAnnotations<'a> {
        CreateAnnotations::new(self.client, id)
    }

    /// Delete job annotations
    ///
    /// `DELETE /api/jobs/{id}/annotations/`
    #[inline]
    pub fn destroy_annotations(&self, id: i64) -> DestroyAnnotations<'a> {
        DestroyAnnotations::new(self.client, id)
    }

    /// Update job annotations
    ///
    /// `PATCH /api/jobs/{id}/annotations/`
    #[inline]
    pub fn partial_update_annotations(
        &self,
        id: i64,
        action: JobsPartialUpdateAnnotationsAction,
    ) -> PartialUpdateAnnotations<'a> {
        PartialUpdateAnnotations::new(self.client, id, action)
    }

    /// Get data of a job
    ///
    /// `GET /api/jobs/{id}/data`
    #[inline]
    pub fn retrieve_data(&self, id: i64, r#type: JobsRetrieveDataType) -> RetrieveData<'a> {
        RetrieveData::new(self.client, id, r#type)
    }

    /// Get metainformation for media files in a job
    ///
    /// `GET /api/jobs/{id}/data/meta`
    #[inline]
    pub fn retrieve_data_meta(&self, id: i64) -> RetrieveDataMeta<'a> {
        RetrieveDataMeta::new(self.client, id)
    }

    /// Update metainformation for media files in a job
    ///
    /// `PATCH /api/jobs/{id}/data/meta`
    #[inline]
    pub fn partial_update_data_meta(&self, id: i64) -> PartialUpdateDataMeta<'a> {
        PartialUpdateDataMeta::new(self.client, id)
    }

    /// Initialize process to export resource as a dataset in a specific format
    ///
    /// The request `POST /api/<projects|tasks|jobs>/id/dataset/export` will initialize
    /// a background process to export a dataset. To check status of the process
    /// please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for this endpoint.
    ///
    /// `POST /api/jobs/{id}/dataset/export`
    #[inline]
    pub fn create_dataset_export(&self, id: i64, format: impl AsRef<str>) -> CreateDatasetExport<'a> {
        CreateDatasetExport::new(self.client, id, format)
    }

    /// Get a preview image for a job
    ///
    /// `GET /api/jobs/{id}/preview`
    #[inline]
    pub fn retrieve_preview(&self, id: i64) -> RetrievePreview<'a> {
        RetrievePreview::new(self.client, id)
    }

    /// Allows getting current validation configuration
    ///
    /// `GET /api/jobs/{id}/validation_layout`
    #[inline]
    pub fn retrieve_validation_layout(&self, id: i64) -> RetrieveValidationLayout<'a> {
        RetrieveValidationLayout::new(self.client, id)
    }

    /// Allows updating current validation configuration
    ///
    /// WARNING: this operation is not protected from race conditions.
    /// It's up to the user to ensure no parallel calls to this operation happen.
    /// It affects image access, including exports with images, backups, chunk downloading etc.
    ///
    /// `PATCH /api/jobs/{id}/validation_layout`
    #[inline]
    pub fn partial_update_validation_layout(&self, id: i64) -> PartialUpdateValidationLayout<'a> {
        PartialUpdateValidationLayout::new(self.client, id)
    }
}

/// Request builder for [`JobsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_list",
            method: reqwest::Method::GET,
            path: "/api/jobs",
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
    pub fn assignee(mut self, assignee: impl AsRef<str>) -> Self {
        self.call.query("assignee", assignee.as_ref());
        self
    }

    /// A simple equality filter for the dimension field
    #[inline]
    pub fn dimension(mut self, dimension: JobsListDimension) -> Self {
        self.call.query("dimension", &dimension);
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
    ///  Available filter_fields: \['assignee', 'dimension', 'id', 'media_type', 'mode', 'parent_job_id', 'project_id', 'project_name', 'stage', 'state', 'task_id', 'task_name', 'type', 'updated_date'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// A simple equality filter for the media_type field
    #[inline]
    pub fn media_type(mut self, media_type: JobsListMediaType) -> Self {
        self.call.query("media_type", &media_type);
        self
    }

    /// A simple equality filter for the mode field
    #[inline]
    pub fn mode(mut self, mode: JobsListMode) -> Self {
        self.call.query("mode", &mode);
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

    /// A simple equality filter for the parent_job_id field
    #[inline]
    pub fn parent_job_id(mut self, parent_job_id: i64) -> Self {
        self.call.query("parent_job_id", &parent_job_id);
        self
    }

    /// A simple equality filter for the project_id field
    #[inline]
    pub fn project_id(mut self, project_id: i64) -> Self {
        self.call.query("project_id", &project_id);
        self
    }

    /// A simple equality filter for the project_name field
    #[inline]
    pub fn project_name(mut self, project_name: impl AsRef<str>) -> Self {
        self.call.query("project_name", project_name.as_ref());
        self
    }

    /// A search term. Available search_fields: \['assignee', 'project_name', 'task_name'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['assignee', 'dimension', 'id', 'media_type', 'mode', 'parent_job_id', 'project_id', 'project_name', 'stage', 'state', 'task_id', 'task_name', 'type', 'updated_date'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the stage field
    #[inline]
    pub fn stage(mut self, stage: JobsListStage) -> Self {
        self.call.query("stage", &stage);
        self
    }

    /// A simple equality filter for the state field
    #[inline]
    pub fn state(mut self, state: JobsListState) -> Self {
        self.call.query("state", &state);
        self
    }

    /// A simple equality filter for the task_id field
    #[inline]
    pub fn task_id(mut self, task_id: i64) -> Self {
        self.call.query("task_id", &task_id);
        self
    }

    /// A simple equality filter for the task_name field
    #[inline]
    pub fn task_name(mut self, task_name: impl AsRef<str>) -> Self {
        self.call.query("task_name", task_name.as_ref());
        self
    }

    /// A simple equality filter for the type field
    #[inline]
    pub fn r#type(mut self, r#type: JobsListType) -> Self {
        self.call.query("type", &r#type);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::JobRead> {
        static PAGER: crate::runtime::Pager = crate::runtime::Pager { page: Some("page"), offset: None, marker: None };
        crate::runtime::Paginator::new(
            self.into_call(),
            &PAGER,
            crate::runtime::paginate::decode_page::<crate::models::PaginatedJobReadList>,
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::PaginatedJobReadList> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::PaginatedJobReadList>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for List<'a> {
    type Output = Result<crate::models::PaginatedJobReadList, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::PaginatedJobReadList>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::PaginatedJobReadList>)
    }
}

/// Request builder for [`JobsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a crate::Client, job_write_request: crate::models::JobWriteRequest) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_create",
            method: reqwest::Method::POST,
            path: "/api/jobs",
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
        call.body(&job_write_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::JobRead> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::JobRead>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Create<'a> {
    type Output = Result<crate::models::JobRead, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::JobRead>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::JobRead>)
    }
}

/// Request builder for [`JobsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_retrieve",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::JobRead> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::JobRead>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Retrieve<'a> {
    type Output = Result<crate::models::JobRead, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::JobRead>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::JobRead>)
    }
}

/// Request builder for [`JobsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/jobs/{id}",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Destroy<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`JobsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/jobs/{id}",
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

    /// The request body, which the spec does not describe (`#/paths/~1api~1jobs~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_job_write_request(
        mut self,
        patched_job_write_request: crate::models::PatchedJobWriteRequest,
    ) -> Self {
        self.call.body(&patched_job_write_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::JobRead> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::JobRead>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdate<'a> {
    type Output = Result<crate::models::JobRead, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::JobRead>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::JobRead>)
    }
}

/// Request builder for [`JobsApi::retrieve_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveAnnotations<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveAnnotations<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_retrieve_annotations",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}/annotations/",
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

    /// This parameter is no longer supported
    #[deprecated]
    #[inline]
    pub fn action(mut self, action: impl AsRef<str>) -> Self {
        self.call.query("action", action.as_ref());
        self
    }

    /// This parameter is no longer supported
    #[deprecated]
    #[inline]
    pub fn cloud_storage_id(mut self, cloud_storage_id: i64) -> Self {
        self.call.query("cloud_storage_id", &cloud_storage_id);
        self
    }

    /// This parameter is no longer supported
    #[deprecated]
    #[inline]
    pub fn filename(mut self, filename: impl AsRef<str>) -> Self {
        self.call.query("filename", filename.as_ref());
        self
    }

    /// This parameter is no longer supported
    #[deprecated]
    #[inline]
    pub fn format(mut self, format: impl AsRef<str>) -> Self {
        self.call.query("format", format.as_ref());
        self
    }

    /// This parameter is no longer supported
    #[deprecated]
    #[inline]
    pub fn location(mut self, location: JobsRetrieveAnnotationsLocation) -> Self {
        self.call.query("location", &location);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::LabeledData> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::LabeledData>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveAnnotations<'a> {
    type Output = Result<crate::models::LabeledData, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::LabeledData>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::LabeledData>)
    }
}

/// Request builder for [`JobsApi::update_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateAnnotations<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> UpdateAnnotations<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_update_annotations",
            method: reqwest::Method::PUT,
            path: "/api/jobs/{id}/annotations/",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: None,
            bodies: &[
                (crate::runtime::BodyEncoding::Json, "application/json"),
                (crate::runtime::BodyEncoding::Multipart, "multipart/form-data"),
            ],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1annotations~1/put/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.multipart()` for `multipart/form-data`.
    #[inline]
    pub fn labeled_data_request(mut self, labeled_data_request: crate::models::LabeledDataRequest) -> Self {
        self.call.body(&labeled_data_request);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(crate::runtime::BodyEncoding::Multipart);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for UpdateAnnotations<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`JobsApi::create_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAnnotations<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateAnnotations<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_create_annotations",
            method: reqwest::Method::POST,
            path: "/api/jobs/{id}/annotations/",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[
                (crate::runtime::BodyEncoding::Json, "application/json"),
                (crate::runtime::BodyEncoding::Multipart, "multipart/form-data"),
            ],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// Storage id
    #[inline]
    pub fn cloud_storage_id(mut self, cloud_storage_id: i64) -> Self {
        self.call.query("cloud_storage_id", &cloud_storage_id);
        self
    }

    /// Annotation file name
    #[inline]
    pub fn filename(mut self, filename: impl AsRef<str>) -> Self {
        self.call.query("filename", filename.as_ref());
        self
    }

    /// Input format name
    /// You can get the list of supported formats at:
    /// /server/annotation/formats
    #[inline]
    pub fn format(mut self, format: impl AsRef<str>) -> Self {
        self.call.query("format", format.as_ref());
        self
    }

    /// How to import annotations
    #[inline]
    pub fn import_mode(mut self, import_mode: JobsCreateAnnotationsImportMode) -> Self {
        self.call.query("import_mode", &import_mode);
        self
    }

    /// where to import the annotation from
    #[inline]
    pub fn location(mut self, location: JobsCreateAnnotationsLocation) -> Self {
        self.call.query("location", &location);
        self
    }

    /// Use the location that was configured in the task to import annotation
    #[deprecated]
    #[inline]
    pub fn use_default_location(mut self, use_default_location: bool) -> Self {
        self.call.query("use_default_location", &use_default_location);
        self
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1annotations~1/post/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.multipart()` for `multipart/form-data`.
    #[inline]
    pub fn annotation_file_request(mut self, annotation_file_request: crate::models::AnnotationFileRequest) -> Self {
        self.call.body(&annotation_file_request);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(crate::runtime::BodyEncoding::Multipart);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, JobsCreateAnnotationsResponse> {
        self.into_call().send_decoded_with_response(JobsCreateAnnotationsResponse::decode)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateAnnotations<'a> {
    type Output = Result<JobsCreateAnnotationsResponse, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, JobsCreateAnnotationsResponse>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(JobsCreateAnnotationsResponse::decode)
    }
}

/// Request builder for [`JobsApi::destroy_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DestroyAnnotations<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DestroyAnnotations<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_destroy_annotations",
            method: reqwest::Method::DELETE,
            path: "/api/jobs/{id}/annotations/",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for DestroyAnnotations<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`JobsApi::partial_update_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateAnnotations<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdateAnnotations<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64, action: JobsPartialUpdateAnnotationsAction) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_partial_update_annotations",
            method: reqwest::Method::PATCH,
            path: "/api/jobs/{id}/annotations/",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: None,
            bodies: &[
                (crate::runtime::BodyEncoding::Json, "application/json"),
                (crate::runtime::BodyEncoding::Multipart, "multipart/form-data"),
            ],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        call.query("action", &action);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1annotations~1/patch/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.multipart()` for `multipart/form-data`.
    #[inline]
    pub fn patched_labeled_data_request(
        mut self,
        patched_labeled_data_request: crate::models::PatchedLabeledDataRequest,
    ) -> Self {
        self.call.body(&patched_labeled_data_request);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(crate::runtime::BodyEncoding::Multipart);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdateAnnotations<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`JobsApi::retrieve_data`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveData<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveData<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64, r#type: JobsRetrieveDataType) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_retrieve_data",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}/data",
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
        call.query("type", &r#type);
        Self { call }
    }

    /// A unique number value identifying chunk, starts from 0 for each job
    #[inline]
    pub fn index(mut self, index: i64) -> Self {
        self.call.query("index", &index);
        self
    }

    /// A unique number value identifying chunk or frame. The numbers are the same as for the task. Deprecated for chunks in favor of 'index'
    #[inline]
    pub fn number(mut self, number: i64) -> Self {
        self.call.query("number", &number);
        self
    }

    /// Specifies the quality level of the requested data
    #[inline]
    pub fn quality(mut self, quality: JobsRetrieveDataQuality) -> Self {
        self.call.query("quality", &quality);
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

impl<'a> std::future::IntoFuture for RetrieveData<'a> {
    type Output = Result<bytes::Bytes, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, bytes::Bytes>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::bytes)
    }
}

/// Request builder for [`JobsApi::retrieve_data_meta`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveDataMeta<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveDataMeta<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_retrieve_data_meta",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}/data/meta",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::DataMetaRead> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::DataMetaRead>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveDataMeta<'a> {
    type Output = Result<crate::models::DataMetaRead, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::DataMetaRead>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::DataMetaRead>)
    }
}

/// Request builder for [`JobsApi::partial_update_data_meta`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateDataMeta<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdateDataMeta<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_partial_update_data_meta",
            method: reqwest::Method::PATCH,
            path: "/api/jobs/{id}/data/meta",
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

    /// The request body, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1data~1meta/patch/requestBody`).
    #[inline]
    pub fn patched_job_data_meta_write_request(
        mut self,
        patched_job_data_meta_write_request: crate::models::PatchedJobDataMetaWriteRequest,
    ) -> Self {
        self.call.body(&patched_job_data_meta_write_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::DataMetaRead> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::DataMetaRead>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdateDataMeta<'a> {
    type Output = Result<crate::models::DataMetaRead, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::DataMetaRead>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::DataMetaRead>)
    }
}

/// Request builder for [`JobsApi::create_dataset_export`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateDatasetExport<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateDatasetExport<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64, format: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_create_dataset_export",
            method: reqwest::Method::POST,
            path: "/api/jobs/{id}/dataset/export",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[(crate::runtime::ErrorStatus::Code(409), crate::runtime::decode_error::<crate::models::RqId>)],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("id", &id);
        call.query("format", format.as_ref());
        Self { call }
    }

    /// Storage id
    #[inline]
    pub fn cloud_storage_id(mut self, cloud_storage_id: i64) -> Self {
        self.call.query("cloud_storage_id", &cloud_storage_id);
        self
    }

    /// Desired output file name
    #[inline]
    pub fn filename(mut self, filename: impl AsRef<str>) -> Self {
        self.call.query("filename", filename.as_ref());
        self
    }

    /// Where need to save downloaded dataset
    #[inline]
    pub fn location(mut self, location: JobsCreateDatasetExportLocation) -> Self {
        self.call.query("location", &location);
        self
    }

    /// Include images or not
    #[inline]
    pub fn save_images(mut self, save_images: bool) -> Self {
        self.call.query("save_images", &save_images);
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

impl<'a> std::future::IntoFuture for CreateDatasetExport<'a> {
    type Output = Result<crate::models::RqId, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::RqId>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::RqId>)
    }
}

/// Request builder for [`JobsApi::retrieve_preview`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrievePreview<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrievePreview<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_retrieve_preview",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}/preview",
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
        call.path("id", &id);
        Self { call }
    }

    /// RFC 7240 preference token. Send `handling=empty` to receive a 204 No Content response when no media-derived preview exists. Without the preference, the server returns a default placeholder image with status 200.
    #[inline]
    pub fn prefer(mut self, prefer: impl AsRef<str>) -> Self {
        self.call.header("Prefer", prefer.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, ()> {
        self.into_call().send_decoded_with_response(crate::runtime::response::empty)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrievePreview<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`JobsApi::retrieve_validation_layout`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveValidationLayout<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveValidationLayout<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_retrieve_validation_layout",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}/validation_layout",
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
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::JobValidationLayoutRead> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::JobValidationLayoutRead>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveValidationLayout<'a> {
    type Output = Result<crate::models::JobValidationLayoutRead, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::JobValidationLayoutRead>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::JobValidationLayoutRead>)
    }
}

/// Request builder for [`JobsApi::partial_update_validation_layout`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateValidationLayout<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> PartialUpdateValidationLayout<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: i64) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "jobs_partial_update_validation_layout",
            method: reqwest::Method::PATCH,
            path: "/api/jobs/{id}/validation_layout",
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

    /// The request body, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1validation_layout/patch/requestBody`).
    #[inline]
    pub fn patched_job_validation_layout_write_request(
        mut self,
        patched_job_validation_layout_write_request: crate::models::PatchedJobValidationLayoutWriteRequest,
    ) -> Self {
        self.call.body(&patched_job_validation_layout_write_request);
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::JobValidationLayoutRead> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<crate::models::JobValidationLayoutRead>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for PartialUpdateValidationLayout<'a> {
    type Output = Result<crate::models::JobValidationLayoutRead, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::JobValidationLayoutRead>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::JobValidationLayoutRead>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs/get/parameters/2/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsListDimension {
    /// `1d`
    N1d,
    /// `2d`
    N2d,
    /// `3d`
    N3d,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsListDimension {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::N1d => "1d",
            Self::N2d => "2d",
            Self::N3d => "3d",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsListDimension {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "1d" => Self::N1d,
            "2d" => Self::N2d,
            "3d" => Self::N3d,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsListDimension {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsListDimension {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsListDimension {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs/get/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsListMediaType {
    /// `image`
    Image,
    /// `point_cloud`
    PointCloud,
    /// `audio`
    Audio,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsListMediaType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::PointCloud => "point_cloud",
            Self::Audio => "audio",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsListMediaType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "image" => Self::Image,
            "point_cloud" => Self::PointCloud,
            "audio" => Self::Audio,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsListMediaType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsListMediaType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsListMediaType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs/get/parameters/5/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsListMode {
    /// `annotation`
    Annotation,
    /// `interpolation`
    Interpolation,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsListMode {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Annotation => "annotation",
            Self::Interpolation => "interpolation",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsListMode {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "annotation" => Self::Annotation,
            "interpolation" => Self::Interpolation,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsListMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsListMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsListMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs/get/parameters/15/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsListStage {
    /// `annotation`
    Annotation,
    /// `validation`
    Validation,
    /// `acceptance`
    Acceptance,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsListStage {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Annotation => "annotation",
            Self::Validation => "validation",
            Self::Acceptance => "acceptance",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsListStage {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "annotation" => Self::Annotation,
            "validation" => Self::Validation,
            "acceptance" => Self::Acceptance,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsListStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsListStage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsListStage {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs/get/parameters/16/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsListState {
    /// `new`
    New,
    /// `in progress`
    InProgress,
    /// `completed`
    Completed,
    /// `rejected`
    Rejected,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsListState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::New => "new",
            Self::InProgress => "in progress",
            Self::Completed => "completed",
            Self::Rejected => "rejected",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsListState {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "new" => Self::New,
            "in progress" => Self::InProgress,
            "completed" => Self::Completed,
            "rejected" => Self::Rejected,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsListState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsListState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsListState {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs/get/parameters/19/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsListType {
    /// `annotation`
    Annotation,
    /// `ground_truth`
    GroundTruth,
    /// `consensus_replica`
    ConsensusReplica,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsListType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Annotation => "annotation",
            Self::GroundTruth => "ground_truth",
            Self::ConsensusReplica => "consensus_replica",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsListType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "annotation" => Self::Annotation,
            "ground_truth" => Self::GroundTruth,
            "consensus_replica" => Self::ConsensusReplica,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsListType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsListType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsListType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1annotations~1/get/parameters/5/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsRetrieveAnnotationsLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsRetrieveAnnotationsLocation {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudStorage => "cloud_storage",
            Self::Local => "local",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsRetrieveAnnotationsLocation {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "cloud_storage" => Self::CloudStorage,
            "local" => Self::Local,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsRetrieveAnnotationsLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsRetrieveAnnotationsLocation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsRetrieveAnnotationsLocation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1annotations~1/post/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsCreateAnnotationsImportMode {
    /// `append`
    Append,
    /// `replace`
    Replace,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsCreateAnnotationsImportMode {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Append => "append",
            Self::Replace => "replace",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsCreateAnnotationsImportMode {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "append" => Self::Append,
            "replace" => Self::Replace,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsCreateAnnotationsImportMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsCreateAnnotationsImportMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsCreateAnnotationsImportMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1annotations~1/post/parameters/5/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsCreateAnnotationsLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsCreateAnnotationsLocation {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudStorage => "cloud_storage",
            Self::Local => "local",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsCreateAnnotationsLocation {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "cloud_storage" => Self::CloudStorage,
            "local" => Self::Local,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsCreateAnnotationsLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsCreateAnnotationsLocation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsCreateAnnotationsLocation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum JobsCreateAnnotationsResponse {
    /// HTTP 201: Uploading has finished
    Created,
    /// HTTP 202: Uploading has been started
    Accepted(crate::models::RqId),
}

impl JobsCreateAnnotationsResponse {
    fn decode(response: &crate::RawResponse) -> Result<Self, crate::Error> {
        match response.status.as_u16() {
            201 => Ok(Self::Created),
            202 => response.json().map(Self::Accepted),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1annotations~1/patch/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsPartialUpdateAnnotationsAction {
    /// `create`
    Create,
    /// `delete`
    Delete,
    /// `update`
    Update,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsPartialUpdateAnnotationsAction {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "create",
            Self::Delete => "delete",
            Self::Update => "update",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsPartialUpdateAnnotationsAction {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "create" => Self::Create,
            "delete" => Self::Delete,
            "update" => Self::Update,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsPartialUpdateAnnotationsAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsPartialUpdateAnnotationsAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsPartialUpdateAnnotationsAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1data/get/parameters/3/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsRetrieveDataQuality {
    /// `compressed`
    Compressed,
    /// `original`
    Original,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsRetrieveDataQuality {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Compressed => "compressed",
            Self::Original => "original",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsRetrieveDataQuality {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "compressed" => Self::Compressed,
            "original" => Self::Original,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsRetrieveDataQuality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsRetrieveDataQuality {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsRetrieveDataQuality {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1data/get/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsRetrieveDataType {
    /// `chunk`
    Chunk,
    /// `context_image`
    ContextImage,
    /// `frame`
    Frame,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsRetrieveDataType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Chunk => "chunk",
            Self::ContextImage => "context_image",
            Self::Frame => "frame",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsRetrieveDataType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "chunk" => Self::Chunk,
            "context_image" => Self::ContextImage,
            "frame" => Self::Frame,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsRetrieveDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsRetrieveDataType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsRetrieveDataType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1dataset~1export/post/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobsCreateDatasetExportLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobsCreateDatasetExportLocation {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudStorage => "cloud_storage",
            Self::Local => "local",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobsCreateDatasetExportLocation {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "cloud_storage" => Self::CloudStorage,
            "local" => Self::Local,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobsCreateDatasetExportLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobsCreateDatasetExportLocation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobsCreateDatasetExportLocation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

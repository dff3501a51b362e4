// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `jobs` operations: [`JobsApi`] and one request builder per operation.

use crate::models::{
    AnnotationFileRequest, DataMetaRead, JobRead, JobValidationLayoutRead, JobWriteRequest, LabeledData,
    LabeledDataRequest, PaginatedJobReadList, PatchedJobDataMetaWriteRequest, PatchedJobValidationLayoutWriteRequest,
    PatchedJobWriteRequest, PatchedLabeledDataRequest, RqId,
};
use crate::{Client, Error, RawResponse, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, Download, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate,
    request_builder, string_enum,
};

/// Reach it with [`Client::jobs_api`](crate::Client::jobs_api) or [`JobsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct JobsApi<'a> {
    client: &'a Client,
}

impl<'a> JobsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    pub fn create(&self, job_write_request: JobWriteRequest) -> Create<'a> {
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
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_list",
            method: reqwest::Method::GET,
            path: "/api/jobs",
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
    pub fn into_stream(self) -> Paginator<'a, JobRead> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedJobReadList>)
    }
}

request_builder!(runtime, List => json PaginatedJobReadList);

/// Request builder for [`JobsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, job_write_request: JobWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_create",
            method: reqwest::Method::POST,
            path: "/api/jobs",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&job_write_request);
        Self { call }
    }
}

request_builder!(runtime, Create => json JobRead);

/// Request builder for [`JobsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_retrieve",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}",
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

request_builder!(runtime, Retrieve => json JobRead);

/// Request builder for [`JobsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/jobs/{id}",
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

/// Request builder for [`JobsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/jobs/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1jobs~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_job_write_request(mut self, patched_job_write_request: PatchedJobWriteRequest) -> Self {
        self.call.body(&patched_job_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json JobRead);

/// Request builder for [`JobsApi::retrieve_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveAnnotations<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveAnnotations<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_retrieve_annotations",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}/annotations/",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, RetrieveAnnotations => json LabeledData);

/// Request builder for [`JobsApi::update_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateAnnotations<'a> {
    call: Call<'a>,
}

impl<'a> UpdateAnnotations<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_update_annotations",
            method: reqwest::Method::PUT,
            path: "/api/jobs/{id}/annotations/",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[(BodyEncoding::Json, "application/json"), (BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1annotations~1/put/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.multipart()` for `multipart/form-data`.
    #[inline]
    pub fn labeled_data_request(mut self, labeled_data_request: LabeledDataRequest) -> Self {
        self.call.body(&labeled_data_request);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(BodyEncoding::Multipart);
        self
    }
}

request_builder!(runtime, UpdateAnnotations => empty);

/// Request builder for [`JobsApi::create_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAnnotations<'a> {
    call: Call<'a>,
}

impl<'a> CreateAnnotations<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_create_annotations",
            method: reqwest::Method::POST,
            path: "/api/jobs/{id}/annotations/",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json"), (BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
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
    pub fn annotation_file_request(mut self, annotation_file_request: AnnotationFileRequest) -> Self {
        self.call.body(&annotation_file_request);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(BodyEncoding::Multipart);
        self
    }
}

request_builder!(runtime, CreateAnnotations => outcomes JobsCreateAnnotationsResponse);

/// Request builder for [`JobsApi::destroy_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DestroyAnnotations<'a> {
    call: Call<'a>,
}

impl<'a> DestroyAnnotations<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_destroy_annotations",
            method: reqwest::Method::DELETE,
            path: "/api/jobs/{id}/annotations/",
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

request_builder!(runtime, DestroyAnnotations => empty);

/// Request builder for [`JobsApi::partial_update_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateAnnotations<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdateAnnotations<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, action: JobsPartialUpdateAnnotationsAction) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_partial_update_annotations",
            method: reqwest::Method::PATCH,
            path: "/api/jobs/{id}/annotations/",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[(BodyEncoding::Json, "application/json"), (BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.query("action", &action);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1annotations~1/patch/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.multipart()` for `multipart/form-data`.
    #[inline]
    pub fn patched_labeled_data_request(mut self, patched_labeled_data_request: PatchedLabeledDataRequest) -> Self {
        self.call.body(&patched_labeled_data_request);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(BodyEncoding::Multipart);
        self
    }
}

request_builder!(runtime, PartialUpdateAnnotations => empty);

/// Request builder for [`JobsApi::retrieve_data`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveData<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveData<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, r#type: JobsRetrieveDataType) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_retrieve_data",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}/data",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
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
    pub fn send_streaming(self) -> impl std::future::Future<Output = Result<Download, Error>> + 'a {
        self.into_call().send_streaming()
    }
}

request_builder!(runtime, RetrieveData => bytes);

/// Request builder for [`JobsApi::retrieve_data_meta`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveDataMeta<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveDataMeta<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_retrieve_data_meta",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}/data/meta",
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

request_builder!(runtime, RetrieveDataMeta => json DataMetaRead);

/// Request builder for [`JobsApi::partial_update_data_meta`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateDataMeta<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdateDataMeta<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_partial_update_data_meta",
            method: reqwest::Method::PATCH,
            path: "/api/jobs/{id}/data/meta",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1data~1meta/patch/requestBody`).
    #[inline]
    pub fn patched_job_data_meta_write_request(
        mut self,
        patched_job_data_meta_write_request: PatchedJobDataMetaWriteRequest,
    ) -> Self {
        self.call.body(&patched_job_data_meta_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdateDataMeta => json DataMetaRead);

/// Request builder for [`JobsApi::create_dataset_export`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateDatasetExport<'a> {
    call: Call<'a>,
}

impl<'a> CreateDatasetExport<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, format: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_create_dataset_export",
            method: reqwest::Method::POST,
            path: "/api/jobs/{id}/dataset/export",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[(ErrorStatus::Code(409), decode_error::<RqId>)],
        };
        let mut call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, CreateDatasetExport => json RqId);

/// Request builder for [`JobsApi::retrieve_preview`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrievePreview<'a> {
    call: Call<'a>,
}

impl<'a> RetrievePreview<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_retrieve_preview",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}/preview",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// RFC 7240 preference token. Send `handling=empty` to receive a 204 No Content response when no media-derived preview exists. Without the preference, the server returns a default placeholder image with status 200.
    #[inline]
    pub fn prefer(mut self, prefer: impl AsRef<str>) -> Self {
        self.call.header("Prefer", prefer.as_ref());
        self
    }
}

request_builder!(runtime, RetrievePreview => empty);

/// Request builder for [`JobsApi::retrieve_validation_layout`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveValidationLayout<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveValidationLayout<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_retrieve_validation_layout",
            method: reqwest::Method::GET,
            path: "/api/jobs/{id}/validation_layout",
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

request_builder!(runtime, RetrieveValidationLayout => json JobValidationLayoutRead);

/// Request builder for [`JobsApi::partial_update_validation_layout`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateValidationLayout<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdateValidationLayout<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_partial_update_validation_layout",
            method: reqwest::Method::PATCH,
            path: "/api/jobs/{id}/validation_layout",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1jobs~1{id}~1validation_layout/patch/requestBody`).
    #[inline]
    pub fn patched_job_validation_layout_write_request(
        mut self,
        patched_job_validation_layout_write_request: PatchedJobValidationLayoutWriteRequest,
    ) -> Self {
        self.call.body(&patched_job_validation_layout_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdateValidationLayout => json JobValidationLayoutRead);

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

string_enum!(runtime, JobsListDimension, Unknown, N1d = "1d", N2d = "2d", N3d = "3d");

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

string_enum!(runtime, JobsListMediaType, Unknown, Image = "image", PointCloud = "point_cloud", Audio = "audio");

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

string_enum!(runtime, JobsListMode, Unknown, Annotation = "annotation", Interpolation = "interpolation");

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

string_enum!(
    runtime,
    JobsListStage,
    Unknown,
    Annotation = "annotation",
    Validation = "validation",
    Acceptance = "acceptance"
);

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

string_enum!(
    runtime,
    JobsListState,
    Unknown,
    New = "new",
    InProgress = "in progress",
    Completed = "completed",
    Rejected = "rejected"
);

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

string_enum!(
    runtime,
    JobsListType,
    Unknown,
    Annotation = "annotation",
    GroundTruth = "ground_truth",
    ConsensusReplica = "consensus_replica"
);

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

string_enum!(runtime, JobsRetrieveAnnotationsLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");

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

string_enum!(runtime, JobsCreateAnnotationsImportMode, Unknown, Append = "append", Replace = "replace");

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

string_enum!(runtime, JobsCreateAnnotationsLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum JobsCreateAnnotationsResponse {
    /// HTTP 201: Uploading has finished
    Created,
    /// HTTP 202: Uploading has been started
    Accepted(RqId),
}

impl JobsCreateAnnotationsResponse {
    fn decode(response: &RawResponse) -> Result<Self, Error> {
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

string_enum!(
    runtime,
    JobsPartialUpdateAnnotationsAction,
    Unknown,
    Create = "create",
    Delete = "delete",
    Update = "update"
);

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

string_enum!(runtime, JobsRetrieveDataQuality, Unknown, Compressed = "compressed", Original = "original");

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

string_enum!(runtime, JobsRetrieveDataType, Unknown, Chunk = "chunk", ContextImage = "context_image", Frame = "frame");

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

string_enum!(runtime, JobsCreateDatasetExportLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `tasks` operations: [`TasksApi`] and one request builder per operation.

use crate::models::{
    AnnotationFileRequest, DataMetaRead, DataRequest, DataResponse, LabeledData, LabeledDataRequest,
    PaginatedTaskReadList, PatchedDataMetaWriteRequest, PatchedLabeledDataRequest,
    PatchedTaskValidationLayoutWriteRequest, PatchedTaskWriteRequest, RqId, RqStatus, TaskFileRequest, TaskRead,
    TaskValidationLayoutRead, TaskWriteRequest,
};
use crate::{Client, Error, RawResponse, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    string_enum,
};

/// Reach it with [`Client::tasks_api`](crate::Client::tasks_api) or [`TasksApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct TasksApi<'a> {
    client: &'a Client,
}

impl<'a> TasksApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List tasks
    ///
    /// `GET /api/tasks`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Create a task
    ///
    /// The new task will not have any attached images or videos.
    /// To attach them, use the /api/tasks/\<id\>/data endpoint.
    ///
    /// `POST /api/tasks`
    #[inline]
    pub fn create(&self, task_write_request: TaskWriteRequest) -> Create<'a> {
        Create::new(self.client, task_write_request)
    }

    /// Get task details
    ///
    /// `GET /api/tasks/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Delete a task
    ///
    /// All attached jobs, annotations and data will be deleted as well.
    ///
    /// `DELETE /api/tasks/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Update a task
    ///
    /// `PATCH /api/tasks/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }

    /// Get task annotations
    ///
    /// `GET /api/tasks/{id}/annotations/`
    #[inline]
    pub fn retrieve_annotations(&self, id: i64) -> RetrieveAnnotations<'a> {
        RetrieveAnnotations::new(self.client, id)
    }

    /// Replace task annotations
    ///
    /// `PUT /api/tasks/{id}/annotations/`
    #[inline]
    pub fn update_annotations(&self, id: i64) -> UpdateAnnotations<'a> {
        UpdateAnnotations::new(self.client, id)
    }

    /// Import annotations into a task
    ///
    /// The request POST /api/tasks/id/annotations initiates a background process to import annotations into a task.
    /// Please, use the GET /api/requests/\<rq_id\> endpoint for checking status of the process.
    /// The `rq_id` parameter can be found in the response on initiating request.
    ///
    /// `POST /api/tasks/{id}/annotations/`
    #[inline]
    pub fn create_annotations(&self, id: i64) -> CreateAnnotations<'a> {
        CreateAnnotations::new(self.client, id)
    }

    /// Delete task annotations
    ///
    /// `DELETE /api/tasks/{id}/annotations/`
    #[inline]
    pub fn destroy_annotations(&self, id: i64) -> DestroyAnnotations<'a> {
        DestroyAnnotations::new(self.client, id)
    }

    /// Update task annotations
    ///
    /// `PATCH /api/tasks/{id}/annotations/`
    #[inline]
    pub fn partial_update_annotations(
        &self,
        id: i64,
        action: TasksPartialUpdateAnnotationsAction,
    ) -> PartialUpdateAnnotations<'a> {
        PartialUpdateAnnotations::new(self.client, id, action)
    }

    /// Initiate process to backup resource
    ///
    /// The request `POST /api/<projects|tasks>/id/backup/export` will initialize
    /// a background process to backup a resource. To check status of the process
    /// please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for this endpoint.
    ///
    /// `POST /api/tasks/{id}/backup/export`
    #[inline]
    pub fn create_backup_export(&self, id: i64) -> CreateBackupExport<'a> {
        CreateBackupExport::new(self.client, id)
    }

    /// Get data of a task
    ///
    /// `GET /api/tasks/{id}/data/`
    #[inline]
    pub fn retrieve_data(&self, id: i64, r#type: TasksRetrieveDataType) -> RetrieveData<'a> {
        RetrieveData::new(self.client, id, r#type)
    }

    /// Attach data to a task
    ///
    /// Allows to upload data (images, video, etc.) to a task.
    /// Supports the TUS open file uploading protocol (<https://tus.io/>).
    ///
    /// Supports the following protocols:
    ///
    /// 1. A single Data request
    ///
    /// and
    ///
    /// 2.1. An Upload-Start request
    /// 2.2.a. Regular TUS protocol requests (Upload-Length + Chunks)
    /// 2.2.b. Upload-Multiple requests
    /// 2.3. An Upload-Finish request
    ///
    /// Requests:
    /// - Data - POST, no extra headers or 'Upload-Start' + 'Upload-Finish' headers.
    ///   Contains data in the body.
    /// - Upload-Start - POST, has an 'Upload-Start' header. No body is expected.
    /// - Upload-Length - POST, has an 'Upload-Length' header (see the TUS specification)
    /// - Chunk - HEAD/PATCH (see the TUS specification). Sent to /data/\<file id\> endpoints.
    /// - Upload-Finish - POST, has an 'Upload-Finish' header. Can contain data in the body.
    /// - Upload-Multiple - POST, has an 'Upload-Multiple' header. Contains data in the body.
    ///
    /// The 'Upload-Finish' request allows to specify the uploaded files should be ordered.
    /// This may be needed if the files can be sent unordered. To state that the input files
    /// are sent ordered, pass an empty list of files in the 'upload_file_order' field.
    /// If the files are sent unordered, the ordered file list is expected
    /// in the 'upload_file_order' field. It must be a list of string file paths,
    /// relative to the dataset root.
    ///
    /// Example:
    /// files = \[
    ///     "cats/cat_1.jpg",
    ///     "dogs/dog2.jpg",
    ///     "image_3.png",
    ///     ...
    /// \]
    ///
    /// Independently of the file declaration field used
    /// ('client_files', 'server_files', etc.), when the 'predefined'
    /// sorting method is selected, the uploaded files will be ordered according
    /// to the '.jsonl' manifest file, if it is found in the list of files.
    /// For archives (e.g. '.zip'), a manifest file ('*.jsonl') is required when using
    /// the 'predefined' file ordering. Such file must be provided next to the archive
    /// in the list of files. Read more about manifest files here:
    /// <https://docs.cvat.ai/docs/manual/advanced/dataset_manifest/>
    ///
    /// After all data is sent, the operation status can be retrieved via
    /// the `GET /api/requests/<rq_id>`, where **rq_id** is request ID returned for this request.
    ///
    /// Once data is attached to a task, it cannot be detached or replaced.
    ///
    /// `POST /api/tasks/{id}/data/`
    #[inline]
    pub fn create_data(&self, id: i64) -> CreateData<'a> {
        CreateData::new(self.client, id)
    }

    /// Get metainformation for media files in a task
    ///
    /// `GET /api/tasks/{id}/data/meta`
    #[inline]
    pub fn retrieve_data_meta(&self, id: i64) -> RetrieveDataMeta<'a> {
        RetrieveDataMeta::new(self.client, id)
    }

    /// Update metainformation for media files in a task
    ///
    /// `PATCH /api/tasks/{id}/data/meta`
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
    /// `POST /api/tasks/{id}/dataset/export`
    #[inline]
    pub fn create_dataset_export(&self, id: i64, format: impl AsRef<str>) -> CreateDatasetExport<'a> {
        CreateDatasetExport::new(self.client, id, format)
    }

    /// Get a preview image for a task
    ///
    /// `GET /api/tasks/{id}/preview`
    #[inline]
    pub fn retrieve_preview(&self, id: i64) -> RetrievePreview<'a> {
        RetrievePreview::new(self.client, id)
    }

    /// Get the creation status of a task
    ///
    /// This method is deprecated and will be removed in one of the next releases. To check status of task creation, use new common API for managing background operations: GET /api/requests/?action=create&task_id=\<task_id\>
    ///
    /// `GET /api/tasks/{id}/status`
    #[deprecated]
    #[inline]
    pub fn retrieve_status(&self, id: i64) -> RetrieveStatus<'a> {
        RetrieveStatus::new(self.client, id)
    }

    /// Allows getting current validation configuration
    ///
    /// `GET /api/tasks/{id}/validation_layout`
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
    /// `PATCH /api/tasks/{id}/validation_layout`
    #[inline]
    pub fn partial_update_validation_layout(&self, id: i64) -> PartialUpdateValidationLayout<'a> {
        PartialUpdateValidationLayout::new(self.client, id)
    }

    /// Recreate a task from a backup
    ///
    /// The backup import process is as follows:
    ///
    /// The first request POST /api/tasks/backup creates a background job on the server
    /// in which the process of a task creating from an uploaded backup is carried out.
    ///
    /// To check the status of the import process, use GET /api/requests/rq_id,
    /// where rq_id is the request ID obtained from the response to the previous request.
    ///
    /// Once the import completes successfully, the response will contain the ID
    /// of the newly created task in the result_id field.
    ///
    /// `POST /api/tasks/backup/`
    #[inline]
    pub fn create_backup(&self) -> CreateBackup<'a> {
        CreateBackup::new(self.client)
    }
}

/// Request builder for [`TasksApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_list",
            method: reqwest::Method::GET,
            path: "/api/tasks",
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
    pub fn dimension(mut self, dimension: TasksListDimension) -> Self {
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
    ///  Available filter_fields: \['assignee', 'dimension', 'id', 'media_type', 'mode', 'name', 'owner', 'project_id', 'project_name', 'status', 'subset', 'tracker_link', 'updated_date', 'validation_mode'\].
    ///
    /// There are few examples for complex filtering tasks:
    ///
    /// ```text
    /// - Get all tasks from 1,2,3 projects - { "and" : [{ "in" : [{ "var" : "project_id" }, [1, 2, 3]]}]}
    ///
    /// - Get all completed tasks from 1 project - { "and": [{ "==": [{ "var" : "status" }, "completed"]}, { "==" : [{ "var" : "project_id"}, 1]}]}
    /// ```
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
        self
    }

    /// A simple equality filter for the media_type field
    #[inline]
    pub fn media_type(mut self, media_type: TasksListMediaType) -> Self {
        self.call.query("media_type", &media_type);
        self
    }

    /// A simple equality filter for the mode field
    #[inline]
    pub fn mode(mut self, mode: TasksListMode) -> Self {
        self.call.query("mode", &mode);
        self
    }

    /// A simple equality filter for the name field
    #[inline]
    pub fn name(mut self, name: impl AsRef<str>) -> Self {
        self.call.query("name", name.as_ref());
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

    /// A simple equality filter for the owner field
    #[inline]
    pub fn owner(mut self, owner: impl AsRef<str>) -> Self {
        self.call.query("owner", owner.as_ref());
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

    /// A simple equality filter for the project_name field
    #[inline]
    pub fn project_name(mut self, project_name: impl AsRef<str>) -> Self {
        self.call.query("project_name", project_name.as_ref());
        self
    }

    /// A search term. Available search_fields: \['assignee', 'name', 'owner', 'project_name', 'subset', 'tracker_link'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['assignee', 'dimension', 'id', 'media_type', 'mode', 'name', 'owner', 'project_id', 'project_name', 'status', 'subset', 'tracker_link', 'updated_date', 'validation_mode'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the status field
    #[inline]
    pub fn status(mut self, status: TasksListStatus) -> Self {
        self.call.query("status", &status);
        self
    }

    /// A simple equality filter for the subset field
    #[inline]
    pub fn subset(mut self, subset: impl AsRef<str>) -> Self {
        self.call.query("subset", subset.as_ref());
        self
    }

    /// A simple equality filter for the tracker_link field
    #[inline]
    pub fn tracker_link(mut self, tracker_link: impl AsRef<str>) -> Self {
        self.call.query("tracker_link", tracker_link.as_ref());
        self
    }

    /// A simple equality filter for the validation_mode field
    #[inline]
    pub fn validation_mode(mut self, validation_mode: TasksListValidationMode) -> Self {
        self.call.query("validation_mode", &validation_mode);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, TaskRead> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedTaskReadList>)
    }
}

request_builder!(runtime, List => json PaginatedTaskReadList);

/// Request builder for [`TasksApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, task_write_request: TaskWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_create",
            method: reqwest::Method::POST,
            path: "/api/tasks",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&task_write_request);
        Self { call }
    }

    /// Organization unique slug
    #[inline]
    pub fn x_organization(mut self, x_organization: impl AsRef<str>) -> Self {
        self.call.header("X-Organization", x_organization.as_ref());
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
}

request_builder!(runtime, Create => json TaskRead);

/// Request builder for [`TasksApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_retrieve",
            method: reqwest::Method::GET,
            path: "/api/tasks/{id}",
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

request_builder!(runtime, Retrieve => json TaskRead);

/// Request builder for [`TasksApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/tasks/{id}",
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

/// Request builder for [`TasksApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/tasks/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1tasks~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_task_write_request(mut self, patched_task_write_request: PatchedTaskWriteRequest) -> Self {
        self.call.body(&patched_task_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json TaskRead);

/// Request builder for [`TasksApi::retrieve_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveAnnotations<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveAnnotations<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_retrieve_annotations",
            method: reqwest::Method::GET,
            path: "/api/tasks/{id}/annotations/",
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

request_builder!(runtime, RetrieveAnnotations => json LabeledData);

/// Request builder for [`TasksApi::update_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateAnnotations<'a> {
    call: Call<'a>,
}

impl<'a> UpdateAnnotations<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_update_annotations",
            method: reqwest::Method::PUT,
            path: "/api/tasks/{id}/annotations/",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[(BodyEncoding::Json, "application/json"), (BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1annotations~1/put/requestBody`).
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

/// Request builder for [`TasksApi::create_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateAnnotations<'a> {
    call: Call<'a>,
}

impl<'a> CreateAnnotations<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_create_annotations",
            method: reqwest::Method::POST,
            path: "/api/tasks/{id}/annotations/",
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
    pub fn import_mode(mut self, import_mode: TasksCreateAnnotationsImportMode) -> Self {
        self.call.query("import_mode", &import_mode);
        self
    }

    /// where to import the annotation from
    #[inline]
    pub fn location(mut self, location: TasksCreateAnnotationsLocation) -> Self {
        self.call.query("location", &location);
        self
    }

    /// Use the location that was configured in task to import annotations
    #[deprecated]
    #[inline]
    pub fn use_default_location(mut self, use_default_location: bool) -> Self {
        self.call.query("use_default_location", &use_default_location);
        self
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1annotations~1/post/requestBody`).
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

request_builder!(runtime, CreateAnnotations => outcomes TasksCreateAnnotationsResponse);

/// Request builder for [`TasksApi::destroy_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DestroyAnnotations<'a> {
    call: Call<'a>,
}

impl<'a> DestroyAnnotations<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_destroy_annotations",
            method: reqwest::Method::DELETE,
            path: "/api/tasks/{id}/annotations/",
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

/// Request builder for [`TasksApi::partial_update_annotations`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateAnnotations<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdateAnnotations<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, action: TasksPartialUpdateAnnotationsAction) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_partial_update_annotations",
            method: reqwest::Method::PATCH,
            path: "/api/tasks/{id}/annotations/",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json"), (BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.query("action", &action);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1annotations~1/patch/requestBody`).
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

request_builder!(runtime, PartialUpdateAnnotations => json LabeledData);

/// Request builder for [`TasksApi::create_backup_export`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateBackupExport<'a> {
    call: Call<'a>,
}

impl<'a> CreateBackupExport<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_create_backup_export",
            method: reqwest::Method::POST,
            path: "/api/tasks/{id}/backup/export",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[(ErrorStatus::Code(409), decode_error::<RqId>)],
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

    /// Backup file name
    #[inline]
    pub fn filename(mut self, filename: impl AsRef<str>) -> Self {
        self.call.query("filename", filename.as_ref());
        self
    }

    /// Makes a lightweight backup (without media files) for tasks whose media is located in cloud storage
    #[inline]
    pub fn lightweight(mut self, lightweight: bool) -> Self {
        self.call.query("lightweight", &lightweight);
        self
    }

    /// Where need to save downloaded backup
    #[inline]
    pub fn location(mut self, location: TasksCreateBackupExportLocation) -> Self {
        self.call.query("location", &location);
        self
    }
}

request_builder!(runtime, CreateBackupExport => json RqId);

/// Request builder for [`TasksApi::retrieve_data`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveData<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveData<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, r#type: TasksRetrieveDataType) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_retrieve_data",
            method: reqwest::Method::GET,
            path: "/api/tasks/{id}/data/",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.query("type", &r#type);
        Self { call }
    }

    /// A unique number value identifying chunk or frame
    #[inline]
    pub fn number(mut self, number: i64) -> Self {
        self.call.query("number", &number);
        self
    }

    /// Specifies the quality level of the requested data
    #[inline]
    pub fn quality(mut self, quality: TasksRetrieveDataQuality) -> Self {
        self.call.query("quality", &quality);
        self
    }
}

request_builder!(runtime, RetrieveData => empty);

/// Request builder for [`TasksApi::create_data`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateData<'a> {
    call: Call<'a>,
}

impl<'a> CreateData<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_create_data",
            method: reqwest::Method::POST,
            path: "/api/tasks/{id}/data/",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json"), (BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// Finishes data upload. Can be combined with Upload-Start header to create task data with one request
    #[inline]
    pub fn upload_finish(mut self, upload_finish: bool) -> Self {
        self.call.header("Upload-Finish", &upload_finish);
        self
    }

    /// Indicates that data with this request are single or multiple files that should be attached to a task
    #[inline]
    pub fn upload_multiple(mut self, upload_multiple: bool) -> Self {
        self.call.header("Upload-Multiple", &upload_multiple);
        self
    }

    /// Initializes data upload. Optionally, can include upload metadata in the request body.
    #[inline]
    pub fn upload_start(mut self, upload_start: bool) -> Self {
        self.call.header("Upload-Start", &upload_start);
        self
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1data~1/post/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.multipart()` for `multipart/form-data`.
    #[inline]
    pub fn data_request(mut self, data_request: DataRequest) -> Self {
        self.call.body(&data_request);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(BodyEncoding::Multipart);
        self
    }
}

request_builder!(runtime, CreateData => json DataResponse);

/// Request builder for [`TasksApi::retrieve_data_meta`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveDataMeta<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveDataMeta<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_retrieve_data_meta",
            method: reqwest::Method::GET,
            path: "/api/tasks/{id}/data/meta",
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

/// Request builder for [`TasksApi::partial_update_data_meta`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateDataMeta<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdateDataMeta<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_partial_update_data_meta",
            method: reqwest::Method::PATCH,
            path: "/api/tasks/{id}/data/meta",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1data~1meta/patch/requestBody`).
    #[inline]
    pub fn patched_data_meta_write_request(
        mut self,
        patched_data_meta_write_request: PatchedDataMetaWriteRequest,
    ) -> Self {
        self.call.body(&patched_data_meta_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdateDataMeta => json DataMetaRead);

/// Request builder for [`TasksApi::create_dataset_export`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateDatasetExport<'a> {
    call: Call<'a>,
}

impl<'a> CreateDatasetExport<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, format: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_create_dataset_export",
            method: reqwest::Method::POST,
            path: "/api/tasks/{id}/dataset/export",
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
    pub fn location(mut self, location: TasksCreateDatasetExportLocation) -> Self {
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

/// Request builder for [`TasksApi::retrieve_preview`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrievePreview<'a> {
    call: Call<'a>,
}

impl<'a> RetrievePreview<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_retrieve_preview",
            method: reqwest::Method::GET,
            path: "/api/tasks/{id}/preview",
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

/// Request builder for [`TasksApi::retrieve_status`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
#[deprecated]
pub struct RetrieveStatus<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveStatus<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_retrieve_status",
            method: reqwest::Method::GET,
            path: "/api/tasks/{id}/status",
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

request_builder!(runtime, RetrieveStatus => json RqStatus);

/// Request builder for [`TasksApi::retrieve_validation_layout`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveValidationLayout<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveValidationLayout<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_retrieve_validation_layout",
            method: reqwest::Method::GET,
            path: "/api/tasks/{id}/validation_layout",
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

request_builder!(runtime, RetrieveValidationLayout => json TaskValidationLayoutRead);

/// Request builder for [`TasksApi::partial_update_validation_layout`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdateValidationLayout<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdateValidationLayout<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_partial_update_validation_layout",
            method: reqwest::Method::PATCH,
            path: "/api/tasks/{id}/validation_layout",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1validation_layout/patch/requestBody`).
    #[inline]
    pub fn patched_task_validation_layout_write_request(
        mut self,
        patched_task_validation_layout_write_request: PatchedTaskValidationLayoutWriteRequest,
    ) -> Self {
        self.call.body(&patched_task_validation_layout_write_request);
        self
    }
}

request_builder!(
    runtime, PartialUpdateValidationLayout => json TaskValidationLayoutRead
);

/// Request builder for [`TasksApi::create_backup`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateBackup<'a> {
    call: Call<'a>,
}

impl<'a> CreateBackup<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "tasks_create_backup",
            method: reqwest::Method::POST,
            path: "/api/tasks/backup/",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json"), (BodyEncoding::Multipart, "multipart/form-data")],
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

    /// Storage id
    #[inline]
    pub fn cloud_storage_id(mut self, cloud_storage_id: i64) -> Self {
        self.call.query("cloud_storage_id", &cloud_storage_id);
        self
    }

    /// Backup file name
    #[inline]
    pub fn filename(mut self, filename: impl AsRef<str>) -> Self {
        self.call.query("filename", filename.as_ref());
        self
    }

    /// Where to import the backup file from
    #[inline]
    pub fn location(mut self, location: TasksCreateBackupLocation) -> Self {
        self.call.query("location", &location);
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

    /// The request body, which the spec does not describe (`#/paths/~1api~1tasks~1backup~1/post/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.multipart()` for `multipart/form-data`.
    #[inline]
    pub fn task_file_request(mut self, task_file_request: TaskFileRequest) -> Self {
        self.call.body(&task_file_request);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(BodyEncoding::Multipart);
        self
    }
}

request_builder!(runtime, CreateBackup => json RqId);

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks/get/parameters/2/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksListDimension {
    /// `1d`
    N1d,
    /// `2d`
    N2d,
    /// `3d`
    N3d,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TasksListDimension, Unknown, N1d = "1d", N2d = "2d", N3d = "3d");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks/get/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksListMediaType {
    /// `image`
    Image,
    /// `point_cloud`
    PointCloud,
    /// `audio`
    Audio,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TasksListMediaType, Unknown, Image = "image", PointCloud = "point_cloud", Audio = "audio");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks/get/parameters/5/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksListMode {
    /// `annotation`
    Annotation,
    /// `interpolation`
    Interpolation,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TasksListMode, Unknown, Annotation = "annotation", Interpolation = "interpolation");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks/get/parameters/16/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksListStatus {
    /// `annotation`
    Annotation,
    /// `validation`
    Validation,
    /// `completed`
    Completed,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    TasksListStatus,
    Unknown,
    Annotation = "annotation",
    Validation = "validation",
    Completed = "completed"
);

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks/get/parameters/19/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksListValidationMode {
    /// `gt`
    Gt,
    /// `gt_pool`
    GtPool,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TasksListValidationMode, Unknown, Gt = "gt", GtPool = "gt_pool");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1annotations~1/post/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksCreateAnnotationsImportMode {
    /// `append`
    Append,
    /// `replace`
    Replace,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TasksCreateAnnotationsImportMode, Unknown, Append = "append", Replace = "replace");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1annotations~1/post/parameters/5/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksCreateAnnotationsLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TasksCreateAnnotationsLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TasksCreateAnnotationsResponse {
    /// HTTP 201: Uploading has finished
    Created,
    /// HTTP 202: Uploading has been started
    Accepted(RqId),
}

impl TasksCreateAnnotationsResponse {
    fn decode(response: &RawResponse) -> Result<Self, Error> {
        match response.status.as_u16() {
            201 => Ok(Self::Created),
            202 => response.json().map(Self::Accepted),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1annotations~1/patch/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksPartialUpdateAnnotationsAction {
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
    TasksPartialUpdateAnnotationsAction,
    Unknown,
    Create = "create",
    Delete = "delete",
    Update = "update"
);

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1backup~1export/post/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksCreateBackupExportLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TasksCreateBackupExportLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1data~1/get/parameters/2/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksRetrieveDataQuality {
    /// `compressed`
    Compressed,
    /// `original`
    Original,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TasksRetrieveDataQuality, Unknown, Compressed = "compressed", Original = "original");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1data~1/get/parameters/3/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksRetrieveDataType {
    /// `chunk`
    Chunk,
    /// `context_image`
    ContextImage,
    /// `frame`
    Frame,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TasksRetrieveDataType, Unknown, Chunk = "chunk", ContextImage = "context_image", Frame = "frame");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks~1{id}~1dataset~1export/post/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksCreateDatasetExportLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TasksCreateDatasetExportLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1tasks~1backup~1/post/parameters/3/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TasksCreateBackupLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TasksCreateBackupLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `projects` operations: [`ProjectsApi`] and one request builder per operation.

use crate::models::{
    DatasetFileRequest, PaginatedProjectReadList, PatchedProjectWriteRequest, ProjectFileRequest, ProjectRead,
    ProjectWriteRequest, RqId,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, ErrorStatus, OperationSpec, Pager, Paginator, decode_error, paginate, request_builder,
    string_enum,
};

/// Reach it with [`Client::projects_api`](crate::Client::projects_api) or [`ProjectsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct ProjectsApi<'a> {
    client: &'a Client,
}

impl<'a> ProjectsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List projects
    ///
    /// `GET /api/projects`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Create a project
    ///
    /// `POST /api/projects`
    #[inline]
    pub fn create(&self, project_write_request: ProjectWriteRequest) -> Create<'a> {
        Create::new(self.client, project_write_request)
    }

    /// Get project details
    ///
    /// `GET /api/projects/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Delete a project
    ///
    /// `DELETE /api/projects/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Update a project
    ///
    /// `PATCH /api/projects/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }

    /// Initiate process to backup resource
    ///
    /// The request `POST /api/<projects|tasks>/id/backup/export` will initialize
    /// a background process to backup a resource. To check status of the process
    /// please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for this endpoint.
    ///
    /// `POST /api/projects/{id}/backup/export`
    #[inline]
    pub fn create_backup_export(&self, id: i64) -> CreateBackupExport<'a> {
        CreateBackupExport::new(self.client, id)
    }

    /// Import a dataset into a project
    ///
    /// The request POST /api/projects/id/dataset initiates a background process to import dataset into a project.
    /// Please, use the GET /api/requests/\<rq_id\> endpoint for checking status of the process.
    /// The `rq_id` parameter can be found in the response on initiating request.
    ///
    /// `POST /api/projects/{id}/dataset/`
    #[inline]
    pub fn create_dataset(&self, id: i64) -> CreateDataset<'a> {
        CreateDataset::new(self.client, id)
    }

    /// Initialize process to export resource as a dataset in a specific format
    ///
    /// The request `POST /api/<projects|tasks|jobs>/id/dataset/export` will initialize
    /// a background process to export a dataset. To check status of the process
    /// please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for this endpoint.
    ///
    /// `POST /api/projects/{id}/dataset/export`
    #[inline]
    pub fn create_dataset_export(&self, id: i64, format: impl AsRef<str>) -> CreateDatasetExport<'a> {
        CreateDatasetExport::new(self.client, id, format)
    }

    /// Get a preview image for a project
    ///
    /// `GET /api/projects/{id}/preview`
    #[inline]
    pub fn retrieve_preview(&self, id: i64) -> RetrievePreview<'a> {
        RetrievePreview::new(self.client, id)
    }

    /// Recreate a project from a backup
    ///
    /// The backup import process is as follows:
    ///
    /// The first request POST /api/projects/backup schedules a background job on the server
    /// in which the process of creating a project from the uploaded backup is carried out.
    ///
    /// To check the status of the import process, use GET /api/requests/rq_id,
    /// where rq_id is the request ID obtained from the response to the previous request.
    ///
    /// Once the import completes successfully, the response will contain the ID
    /// of the newly created project in the result_id field.
    ///
    /// `POST /api/projects/backup/`
    #[inline]
    pub fn create_backup(&self) -> CreateBackup<'a> {
        CreateBackup::new(self.client)
    }
}

/// Request builder for [`ProjectsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "projects_list",
            method: reqwest::Method::GET,
            path: "/api/projects",
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
    ///  Available filter_fields: \['assignee', 'id', 'name', 'owner', 'status', 'updated_date'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
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

    /// A search term. Available search_fields: \['assignee', 'name', 'owner'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['assignee', 'id', 'name', 'owner', 'status', 'updated_date'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// A simple equality filter for the status field
    #[inline]
    pub fn status(mut self, status: ProjectsListStatus) -> Self {
        self.call.query("status", &status);
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, ProjectRead> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedProjectReadList>)
    }
}

request_builder!(runtime, List => json PaginatedProjectReadList);

/// Request builder for [`ProjectsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, project_write_request: ProjectWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "projects_create",
            method: reqwest::Method::POST,
            path: "/api/projects",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&project_write_request);
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

request_builder!(runtime, Create => json ProjectRead);

/// Request builder for [`ProjectsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "projects_retrieve",
            method: reqwest::Method::GET,
            path: "/api/projects/{id}",
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

request_builder!(runtime, Retrieve => json ProjectRead);

/// Request builder for [`ProjectsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "projects_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/projects/{id}",
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

/// Request builder for [`ProjectsApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "projects_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/projects/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1projects~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_project_write_request(mut self, patched_project_write_request: PatchedProjectWriteRequest) -> Self {
        self.call.body(&patched_project_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json ProjectRead);

/// Request builder for [`ProjectsApi::create_backup_export`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateBackupExport<'a> {
    call: Call<'a>,
}

impl<'a> CreateBackupExport<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "projects_create_backup_export",
            method: reqwest::Method::POST,
            path: "/api/projects/{id}/backup/export",
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
    pub fn location(mut self, location: ProjectsCreateBackupExportLocation) -> Self {
        self.call.query("location", &location);
        self
    }
}

request_builder!(runtime, CreateBackupExport => json RqId);

/// Request builder for [`ProjectsApi::create_dataset`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateDataset<'a> {
    call: Call<'a>,
}

impl<'a> CreateDataset<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "projects_create_dataset",
            method: reqwest::Method::POST,
            path: "/api/projects/{id}/dataset/",
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

    /// Dataset file name
    #[inline]
    pub fn filename(mut self, filename: impl AsRef<str>) -> Self {
        self.call.query("filename", filename.as_ref());
        self
    }

    /// Desired dataset format name
    /// You can get the list of supported formats at:
    /// /server/annotation/formats
    #[inline]
    pub fn format(mut self, format: impl AsRef<str>) -> Self {
        self.call.query("format", format.as_ref());
        self
    }

    /// Where to import the dataset from
    #[inline]
    pub fn location(mut self, location: ProjectsCreateDatasetLocation) -> Self {
        self.call.query("location", &location);
        self
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1projects~1{id}~1dataset~1/post/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.multipart()` for `multipart/form-data`.
    #[inline]
    pub fn dataset_file_request(mut self, dataset_file_request: DatasetFileRequest) -> Self {
        self.call.body(&dataset_file_request);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(BodyEncoding::Multipart);
        self
    }
}

request_builder!(runtime, CreateDataset => json RqId);

/// Request builder for [`ProjectsApi::create_dataset_export`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateDatasetExport<'a> {
    call: Call<'a>,
}

impl<'a> CreateDatasetExport<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, format: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "projects_create_dataset_export",
            method: reqwest::Method::POST,
            path: "/api/projects/{id}/dataset/export",
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
    pub fn location(mut self, location: ProjectsCreateDatasetExportLocation) -> Self {
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

/// Request builder for [`ProjectsApi::retrieve_preview`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrievePreview<'a> {
    call: Call<'a>,
}

impl<'a> RetrievePreview<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "projects_retrieve_preview",
            method: reqwest::Method::GET,
            path: "/api/projects/{id}/preview",
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

/// Request builder for [`ProjectsApi::create_backup`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateBackup<'a> {
    call: Call<'a>,
}

impl<'a> CreateBackup<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "projects_create_backup",
            method: reqwest::Method::POST,
            path: "/api/projects/backup/",
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
    pub fn location(mut self, location: ProjectsCreateBackupLocation) -> Self {
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

    /// The request body, which the spec does not describe (`#/paths/~1api~1projects~1backup~1/post/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.multipart()` for `multipart/form-data`.
    #[inline]
    pub fn project_file_request(mut self, project_file_request: ProjectFileRequest) -> Self {
        self.call.body(&project_file_request);
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

/// An inline schema, which the spec does not describe (`#/paths/~1api~1projects/get/parameters/11/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProjectsListStatus {
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
    ProjectsListStatus,
    Unknown,
    Annotation = "annotation",
    Validation = "validation",
    Completed = "completed"
);

/// An inline schema, which the spec does not describe (`#/paths/~1api~1projects~1{id}~1backup~1export/post/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProjectsCreateBackupExportLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ProjectsCreateBackupExportLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1projects~1{id}~1dataset~1/post/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProjectsCreateDatasetLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ProjectsCreateDatasetLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1projects~1{id}~1dataset~1export/post/parameters/4/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProjectsCreateDatasetExportLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ProjectsCreateDatasetExportLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");

/// An inline schema, which the spec does not describe (`#/paths/~1api~1projects~1backup~1/post/parameters/3/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProjectsCreateBackupLocation {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ProjectsCreateBackupLocation, Unknown, CloudStorage = "cloud_storage", Local = "local");

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `cloudstorages` operations: [`CloudstoragesApi`] and one request builder per operation.

use crate::models::{
    CloudStorageContent, CloudStorageRead, CloudStorageWriteRequest, PaginatedCloudStorageReadList,
    PatchedCloudStorageWriteRequest,
};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{
    self, BodyEncoding, Call, OperationSpec, Pager, Paginator, paginate, request_builder, string_enum,
};

/// Reach it with [`Client::cloudstorages_api`](crate::Client::cloudstorages_api) or [`CloudstoragesApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct CloudstoragesApi<'a> {
    client: &'a Client,
}

impl<'a> CloudstoragesApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List cloud storages
    ///
    /// `GET /api/cloudstorages`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Create a cloud storage
    ///
    /// `POST /api/cloudstorages`
    #[inline]
    pub fn create(&self, cloud_storage_write_request: CloudStorageWriteRequest) -> Create<'a> {
        Create::new(self.client, cloud_storage_write_request)
    }

    /// Get cloud storage details
    ///
    /// `GET /api/cloudstorages/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Delete a cloud storage
    ///
    /// `DELETE /api/cloudstorages/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Update a cloud storage
    ///
    /// `PATCH /api/cloudstorages/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }

    /// Get allowed actions for a cloud storage
    ///
    /// Method return allowed actions for cloud storage. It's required for reading/writing
    ///
    /// `GET /api/cloudstorages/{id}/actions`
    #[inline]
    pub fn retrieve_actions(&self, id: i64) -> RetrieveActions<'a> {
        RetrieveActions::new(self.client, id)
    }

    /// Get cloud storage content
    ///
    /// `GET /api/cloudstorages/{id}/content-v2`
    #[inline]
    pub fn retrieve_content_v2(&self, id: i64) -> RetrieveContentV2<'a> {
        RetrieveContentV2::new(self.client, id)
    }

    /// Get a preview image for a cloud storage
    ///
    /// `GET /api/cloudstorages/{id}/preview`
    #[inline]
    pub fn retrieve_preview(&self, id: i64) -> RetrievePreview<'a> {
        RetrievePreview::new(self.client, id)
    }
}

/// Request builder for [`CloudstoragesApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "cloudstorages_list",
            method: reqwest::Method::GET,
            path: "/api/cloudstorages",
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

    /// A simple equality filter for the credentials_type field
    #[inline]
    pub fn credentials_type(mut self, credentials_type: CloudstoragesListCredentialsType) -> Self {
        self.call.query("credentials_type", &credentials_type);
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
    ///  Available filter_fields: \['credentials_type', 'description', 'id', 'name', 'owner', 'provider_type', 'resource'\].
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

    /// A simple equality filter for the provider_type field
    #[inline]
    pub fn provider_type(mut self, provider_type: CloudstoragesListProviderType) -> Self {
        self.call.query("provider_type", &provider_type);
        self
    }

    /// A simple equality filter for the resource field
    #[inline]
    pub fn resource(mut self, resource: impl AsRef<str>) -> Self {
        self.call.query("resource", resource.as_ref());
        self
    }

    /// A search term. Available search_fields: \['description', 'name', 'owner', 'resource'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['credentials_type', 'description', 'id', 'name', 'owner', 'provider_type', 'resource'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, CloudStorageRead> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedCloudStorageReadList>)
    }
}

request_builder!(runtime, List => json PaginatedCloudStorageReadList);

/// Request builder for [`CloudstoragesApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, cloud_storage_write_request: CloudStorageWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "cloudstorages_create",
            method: reqwest::Method::POST,
            path: "/api/cloudstorages",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json"), (BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&cloud_storage_write_request);
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

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(BodyEncoding::Multipart);
        self
    }
}

request_builder!(runtime, Create => json CloudStorageRead);

/// Request builder for [`CloudstoragesApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "cloudstorages_retrieve",
            method: reqwest::Method::GET,
            path: "/api/cloudstorages/{id}",
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

request_builder!(runtime, Retrieve => json CloudStorageRead);

/// Request builder for [`CloudstoragesApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "cloudstorages_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/cloudstorages/{id}",
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

/// Request builder for [`CloudstoragesApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "cloudstorages_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/cloudstorages/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json"), (BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1cloudstorages~1{id}/patch/requestBody`).
    ///
    /// Sent as `application/json`, or as multipart when it holds file content; the builder picks another type with `.multipart()` for `multipart/form-data`.
    #[inline]
    pub fn patched_cloud_storage_write_request(
        mut self,
        patched_cloud_storage_write_request: PatchedCloudStorageWriteRequest,
    ) -> Self {
        self.call.body(&patched_cloud_storage_write_request);
        self
    }

    /// Sends the body as multipart form data (`multipart/form-data`).
    #[inline]
    pub fn multipart(mut self) -> Self {
        self.call.encoding(BodyEncoding::Multipart);
        self
    }
}

request_builder!(runtime, PartialUpdate => json CloudStorageRead);

/// Request builder for [`CloudstoragesApi::retrieve_actions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveActions<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveActions<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "cloudstorages_retrieve_actions",
            method: reqwest::Method::GET,
            path: "/api/cloudstorages/{id}/actions",
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

request_builder!(runtime, RetrieveActions => json String);

/// Request builder for [`CloudstoragesApi::retrieve_content_v2`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveContentV2<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveContentV2<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "cloudstorages_retrieve_content_v2",
            method: reqwest::Method::GET,
            path: "/api/cloudstorages/{id}/content-v2",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// Path to the manifest file in a cloud storage
    #[inline]
    pub fn manifest_path(mut self, manifest_path: impl AsRef<str>) -> Self {
        self.call.query("manifest_path", manifest_path.as_ref());
        self
    }

    /// Used to continue listing files in the bucket
    #[inline]
    pub fn next_token(mut self, next_token: impl AsRef<str>) -> Self {
        self.call.query("next_token", next_token.as_ref());
        self
    }

    /// The `page_size` query parameter, which the spec does not describe (`#/paths/~1api~1cloudstorages~1{id}~1content-v2/get/parameters/3`).
    #[inline]
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.call.query("page_size", &page_size);
        self
    }

    /// Prefix to filter data
    #[inline]
    pub fn prefix(mut self, prefix: impl AsRef<str>) -> Self {
        self.call.query("prefix", prefix.as_ref());
        self
    }
}

request_builder!(runtime, RetrieveContentV2 => json CloudStorageContent);

/// Request builder for [`CloudstoragesApi::retrieve_preview`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrievePreview<'a> {
    call: Call<'a>,
}

impl<'a> RetrievePreview<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "cloudstorages_retrieve_preview",
            method: reqwest::Method::GET,
            path: "/api/cloudstorages/{id}/preview",
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

request_builder!(runtime, RetrievePreview => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1api~1cloudstorages/get/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudstoragesListCredentialsType {
    /// `KEY_SECRET_KEY_PAIR`
    KeySecretKeyPair,
    /// `ACCOUNT_NAME_TOKEN_PAIR`
    AccountNameTokenPair,
    /// `KEY_FILE_PATH`
    KeyFilePath,
    /// `ANONYMOUS_ACCESS`
    AnonymousAccess,
    /// `CONNECTION_STRING`
    ConnectionString,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CloudstoragesListCredentialsType,
    Unknown,
    KeySecretKeyPair = "KEY_SECRET_KEY_PAIR",
    AccountNameTokenPair = "ACCOUNT_NAME_TOKEN_PAIR",
    KeyFilePath = "KEY_FILE_PATH",
    AnonymousAccess = "ANONYMOUS_ACCESS",
    ConnectionString = "CONNECTION_STRING"
);

/// An inline schema, which the spec does not describe (`#/paths/~1api~1cloudstorages/get/parameters/9/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CloudstoragesListProviderType {
    /// `AWS_S3_BUCKET`
    AwsS3Bucket,
    /// `AZURE_CONTAINER`
    AzureContainer,
    /// `GOOGLE_CLOUD_STORAGE`
    GoogleCloudStorage,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CloudstoragesListProviderType,
    Unknown,
    AwsS3Bucket = "AWS_S3_BUCKET",
    AzureContainer = "AZURE_CONTAINER",
    GoogleCloudStorage = "GOOGLE_CLOUD_STORAGE"
);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `functions` operations: [`FunctionsApi`] and one request builder per operation.

use crate::models::{
    AnnotationRequest, ArParamsRequest, Function, FunctionIdAndArParamsRequest, FunctionRequest, PaginatedFunctionList,
    QueueRequestAcquireInputRequest, QueueRequestAcquireOutput, QueueRequestCompleteInputRequest,
    QueueRequestFailInputRequest, QueueRequestUpdateInputRequest,
};
use crate::{Client, Error, SECURITY_REQUIREMENTS};

use crate::runtime::{self, BodyEncoding, Call, Download, OperationSpec, Pager, Paginator, paginate, request_builder};

/// Reach it with [`Client::functions_api`](crate::Client::functions_api) or [`FunctionsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct FunctionsApi<'a> {
    client: &'a Client,
}

impl<'a> FunctionsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// List functions
    ///
    /// `GET /api/functions`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// Create a function
    ///
    /// `POST /api/functions`
    #[inline]
    pub fn create(&self, function_request: FunctionRequest) -> Create<'a> {
        Create::new(self.client, function_request)
    }

    /// Get function details
    ///
    /// `GET /api/functions/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Delete a function
    ///
    /// `DELETE /api/functions/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Get a preview image for a function
    ///
    /// `GET /api/functions/{id}/preview`
    #[inline]
    pub fn retrieve_preview(&self, id: i64) -> RetrievePreview<'a> {
        RetrievePreview::new(self.client, id)
    }

    /// Run an interactive annotation request
    ///
    /// `POST /api/functions/{id}/run`
    #[inline]
    pub fn create_run(&self, id: i64, ar_params_request: ArParamsRequest) -> CreateRun<'a> {
        CreateRun::new(self.client, id, ar_params_request)
    }

    /// Get function provider metainformation
    ///
    /// `GET /api/functions/info`
    #[inline]
    pub fn info(&self) -> Info<'a> {
        Info::new(self.client)
    }

    /// Complete an annotation request
    ///
    /// `POST /api/functions/queues/{id}/requests/{request_id}/complete`
    #[inline]
    pub fn queues_complete_annotation_request(
        &self,
        id: impl AsRef<str>,
        request_id: impl AsRef<str>,
        queue_request_complete_input_request: QueueRequestCompleteInputRequest,
    ) -> QueuesCompleteAnnotationRequest<'a> {
        QueuesCompleteAnnotationRequest::new(self.client, id, request_id, queue_request_complete_input_request)
    }

    /// Fail an annotation request
    ///
    /// `POST /api/functions/queues/{id}/requests/{request_id}/fail`
    #[inline]
    pub fn queues_fail_annotation_request(
        &self,
        id: impl AsRef<str>,
        request_id: impl AsRef<str>,
        queue_request_fail_input_request: QueueRequestFailInputRequest,
    ) -> QueuesFailAnnotationRequest<'a> {
        QueuesFailAnnotationRequest::new(self.client, id, request_id, queue_request_fail_input_request)
    }

    /// Update an annotation request
    ///
    /// `POST /api/functions/queues/{id}/requests/{request_id}/update`
    #[inline]
    pub fn queues_update_annotation_request(
        &self,
        id: impl AsRef<str>,
        request_id: impl AsRef<str>,
        queue_request_update_input_request: QueueRequestUpdateInputRequest,
    ) -> QueuesUpdateAnnotationRequest<'a> {
        QueuesUpdateAnnotationRequest::new(self.client, id, request_id, queue_request_update_input_request)
    }

    /// Acquire an annotation request from a queue
    ///
    /// `POST /api/functions/queues/{id}/requests/acquire`
    #[inline]
    pub fn queues_acquire_annotation_request(
        &self,
        id: impl AsRef<str>,
        queue_request_acquire_input_request: QueueRequestAcquireInputRequest,
    ) -> QueuesAcquireAnnotationRequest<'a> {
        QueuesAcquireAnnotationRequest::new(self.client, id, queue_request_acquire_input_request)
    }

    /// Watch a queue
    ///
    /// `GET /api/functions/queues/{id}/watch`
    #[inline]
    pub fn queues_watch(&self, id: impl AsRef<str>) -> QueuesWatch<'a> {
        QueuesWatch::new(self.client, id)
    }

    /// List annotation requests
    ///
    /// `GET /api/functions/requests/`
    #[inline]
    pub fn list_requests(&self) -> ListRequests<'a> {
        ListRequests::new(self.client)
    }

    /// Submit a batch annotation request
    ///
    /// `POST /api/functions/requests/`
    #[inline]
    pub fn create_requests(
        &self,
        function_id_and_ar_params_request: FunctionIdAndArParamsRequest,
    ) -> CreateRequests<'a> {
        CreateRequests::new(self.client, function_id_and_ar_params_request)
    }

    /// Get annotation request details
    ///
    /// `GET /api/functions/requests/{request_id}`
    #[inline]
    pub fn retrieve_requests(&self, request_id: impl AsRef<str>) -> RetrieveRequests<'a> {
        RetrieveRequests::new(self.client, request_id)
    }

    /// Cancel an annotation request
    ///
    /// `DELETE /api/functions/requests/{request_id}`
    #[inline]
    pub fn destroy_requests(&self, request_id: impl AsRef<str>) -> DestroyRequests<'a> {
        DestroyRequests::new(self.client, request_id)
    }
}

/// Request builder for [`FunctionsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_list",
            method: reqwest::Method::GET,
            path: "/api/functions",
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
    ///  Available filter_fields: \['id', 'labels', 'name', 'owner', 'provider', 'type', 'updated_date'\].
    #[inline]
    pub fn filter(mut self, filter: impl AsRef<str>) -> Self {
        self.call.query("filter", filter.as_ref());
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

    /// A search term. Available search_fields: \['labels', 'name', 'owner', 'provider', 'type'\]
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }

    /// Which field to use when ordering the results. Available ordering_fields: \['id', 'labels', 'name', 'owner', 'provider', 'type', 'updated_date'\]
    #[inline]
    pub fn sort(mut self, sort: impl AsRef<str>) -> Self {
        self.call.query("sort", sort.as_ref());
        self
    }

    /// Every item of every page, fetched page by page as the stream is read, from the
    /// page this request asks for.
    #[inline]
    pub fn into_stream(self) -> Paginator<'a, Function> {
        static PAGER: Pager = Pager { page: Some("page"), offset: None, marker: None };
        Paginator::new(self.into_call(), &PAGER, paginate::decode_page::<PaginatedFunctionList>)
    }
}

request_builder!(runtime, List => json PaginatedFunctionList);

/// Request builder for [`FunctionsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, function_request: FunctionRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_create",
            method: reqwest::Method::POST,
            path: "/api/functions",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&function_request);
        Self { call }
    }
}

request_builder!(runtime, Create => json Function);

/// Request builder for [`FunctionsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_retrieve",
            method: reqwest::Method::GET,
            path: "/api/functions/{id}",
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

request_builder!(runtime, Retrieve => json Function);

/// Request builder for [`FunctionsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/functions/{id}",
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

/// Request builder for [`FunctionsApi::retrieve_preview`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrievePreview<'a> {
    call: Call<'a>,
}

impl<'a> RetrievePreview<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_retrieve_preview",
            method: reqwest::Method::GET,
            path: "/api/functions/{id}/preview",
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

/// Request builder for [`FunctionsApi::create_run`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateRun<'a> {
    call: Call<'a>,
}

impl<'a> CreateRun<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64, ar_params_request: ArParamsRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_create_run",
            method: reqwest::Method::POST,
            path: "/api/functions/{id}/run",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        call.body(&ar_params_request);
        Self { call }
    }
}

request_builder!(runtime, CreateRun => json Function);

/// Request builder for [`FunctionsApi::info`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Info<'a> {
    call: Call<'a>,
}

impl<'a> Info<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_info",
            method: reqwest::Method::GET,
            path: "/api/functions/info",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, Info => json Function);

/// Request builder for [`FunctionsApi::queues_complete_annotation_request`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct QueuesCompleteAnnotationRequest<'a> {
    call: Call<'a>,
}

impl<'a> QueuesCompleteAnnotationRequest<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        id: impl AsRef<str>,
        request_id: impl AsRef<str>,
        queue_request_complete_input_request: QueueRequestCompleteInputRequest,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_queues_complete_annotation_request",
            method: reqwest::Method::POST,
            path: "/api/functions/queues/{id}/requests/{request_id}/complete",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        call.path("request_id", request_id.as_ref());
        call.body(&queue_request_complete_input_request);
        Self { call }
    }
}

request_builder!(runtime, QueuesCompleteAnnotationRequest => empty);

/// Request builder for [`FunctionsApi::queues_fail_annotation_request`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct QueuesFailAnnotationRequest<'a> {
    call: Call<'a>,
}

impl<'a> QueuesFailAnnotationRequest<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        id: impl AsRef<str>,
        request_id: impl AsRef<str>,
        queue_request_fail_input_request: QueueRequestFailInputRequest,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_queues_fail_annotation_request",
            method: reqwest::Method::POST,
            path: "/api/functions/queues/{id}/requests/{request_id}/fail",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        call.path("request_id", request_id.as_ref());
        call.body(&queue_request_fail_input_request);
        Self { call }
    }
}

request_builder!(runtime, QueuesFailAnnotationRequest => empty);

/// Request builder for [`FunctionsApi::queues_update_annotation_request`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct QueuesUpdateAnnotationRequest<'a> {
    call: Call<'a>,
}

impl<'a> QueuesUpdateAnnotationRequest<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        id: impl AsRef<str>,
        request_id: impl AsRef<str>,
        queue_request_update_input_request: QueueRequestUpdateInputRequest,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_queues_update_annotation_request",
            method: reqwest::Method::POST,
            path: "/api/functions/queues/{id}/requests/{request_id}/update",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        call.path("request_id", request_id.as_ref());
        call.body(&queue_request_update_input_request);
        Self { call }
    }
}

request_builder!(runtime, QueuesUpdateAnnotationRequest => empty);

/// Request builder for [`FunctionsApi::queues_acquire_annotation_request`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct QueuesAcquireAnnotationRequest<'a> {
    call: Call<'a>,
}

impl<'a> QueuesAcquireAnnotationRequest<'a> {
    #[inline]
    fn new(
        client: &'a Client,
        id: impl AsRef<str>,
        queue_request_acquire_input_request: QueueRequestAcquireInputRequest,
    ) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_queues_acquire_annotation_request",
            method: reqwest::Method::POST,
            path: "/api/functions/queues/{id}/requests/acquire",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        call.body(&queue_request_acquire_input_request);
        Self { call }
    }
}

request_builder!(
    runtime, QueuesAcquireAnnotationRequest => json QueueRequestAcquireOutput
);

/// Request builder for [`FunctionsApi::queues_watch`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct QueuesWatch<'a> {
    call: Call<'a>,
}

impl<'a> QueuesWatch<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_queues_watch",
            method: reqwest::Method::GET,
            path: "/api/functions/queues/{id}/watch",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("text/event-stream"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }

    /// Sends the request and returns the success response with its body unread, to stream
    /// a large download chunk by chunk instead of holding it in memory (check its status
    /// when the operation declares several).
    #[inline]
    pub fn send_streaming(self) -> impl std::future::Future<Output = Result<Download, Error>> + 'a {
        self.into_call().send_streaming()
    }
}

request_builder!(runtime, QueuesWatch => bytes);

/// Request builder for [`FunctionsApi::list_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListRequests<'a> {
    call: Call<'a>,
}

impl<'a> ListRequests<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_list_requests",
            method: reqwest::Method::GET,
            path: "/api/functions/requests/",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, ListRequests => json Vec < AnnotationRequest >);

/// Request builder for [`FunctionsApi::create_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateRequests<'a> {
    call: Call<'a>,
}

impl<'a> CreateRequests<'a> {
    #[inline]
    fn new(client: &'a Client, function_id_and_ar_params_request: FunctionIdAndArParamsRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_create_requests",
            method: reqwest::Method::POST,
            path: "/api/functions/requests/",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&function_id_and_ar_params_request);
        Self { call }
    }
}

request_builder!(runtime, CreateRequests => json AnnotationRequest);

/// Request builder for [`FunctionsApi::retrieve_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveRequests<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveRequests<'a> {
    #[inline]
    fn new(client: &'a Client, request_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_retrieve_requests",
            method: reqwest::Method::GET,
            path: "/api/functions/requests/{request_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("request_id", request_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, RetrieveRequests => json AnnotationRequest);

/// Request builder for [`FunctionsApi::destroy_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DestroyRequests<'a> {
    call: Call<'a>,
}

impl<'a> DestroyRequests<'a> {
    #[inline]
    fn new(client: &'a Client, request_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "functions_destroy_requests",
            method: reqwest::Method::DELETE,
            path: "/api/functions/requests/{request_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("request_id", request_id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DestroyRequests => empty);

// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `lambda` operations: [`LambdaApi`] and one request builder per operation.

/// Reach it with [`Client::lambda_api`](crate::Client::lambda_api) or [`LambdaApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct LambdaApi<'a> {
    client: &'a crate::Client,
}

impl<'a> LambdaApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// Method returns a list of functions
    ///
    /// `GET /api/lambda/functions`
    #[inline]
    pub fn list_functions(&self) -> ListFunctions<'a> {
        ListFunctions::new(self.client)
    }

    /// Method returns the information about the function
    ///
    /// `GET /api/lambda/functions/{func_id}`
    #[inline]
    pub fn retrieve_functions(&self, func_id: impl AsRef<str>) -> RetrieveFunctions<'a> {
        RetrieveFunctions::new(self.client, func_id)
    }

    /// Allows to execute a function for immediate computation.
    ///
    /// Intended for short-lived executions, useful for interactive calls.
    ///
    /// When executed for interactive annotation, the job id must be specified
    /// in the 'job' input field. The task id is not required in this case,
    /// but if it is specified, it must match the job task id.
    ///
    /// `POST /api/lambda/functions/{func_id}`
    #[inline]
    pub fn create_functions(&self, func_id: impl AsRef<str>) -> CreateFunctions<'a> {
        CreateFunctions::new(self.client, func_id)
    }

    /// Method returns a list of requests
    ///
    /// `GET /api/lambda/requests`
    #[inline]
    pub fn list_requests(&self) -> ListRequests<'a> {
        ListRequests::new(self.client)
    }

    /// Method calls the function
    ///
    /// `POST /api/lambda/requests`
    #[inline]
    pub fn create_requests(&self, function_call_request: crate::models::FunctionCallRequest) -> CreateRequests<'a> {
        CreateRequests::new(self.client, function_call_request)
    }

    /// Method returns the status of the request
    ///
    /// `GET /api/lambda/requests/{id}`
    #[inline]
    pub fn retrieve_requests(&self, id: impl AsRef<str>) -> RetrieveRequests<'a> {
        RetrieveRequests::new(self.client, id)
    }

    /// Method cancels the request
    ///
    /// `DELETE /api/lambda/requests/{id}`
    #[inline]
    pub fn delete_requests(&self, id: impl AsRef<str>) -> DeleteRequests<'a> {
        DeleteRequests::new(self.client, id)
    }
}

/// Request builder for [`LambdaApi::list_functions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListFunctions<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> ListFunctions<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "lambda_list_functions",
            method: reqwest::Method::GET,
            path: "/api/lambda/functions",
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
        let call = crate::runtime::Call::new(client, &SPEC);
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

impl<'a> std::future::IntoFuture for ListFunctions<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`LambdaApi::retrieve_functions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveFunctions<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveFunctions<'a> {
    #[inline]
    fn new(client: &'a crate::Client, func_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "lambda_retrieve_functions",
            method: reqwest::Method::GET,
            path: "/api/lambda/functions/{func_id}",
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
        call.path("func_id", func_id.as_ref());
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
    ) -> crate::runtime::ResponseWithRawFuture<'a, serde_json::Map<String, serde_json::Value>> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<serde_json::Map<String, serde_json::Value>>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveFunctions<'a> {
    type Output = Result<serde_json::Map<String, serde_json::Value>, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, serde_json::Map<String, serde_json::Value>>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<serde_json::Map<String, serde_json::Value>>)
    }
}

/// Request builder for [`LambdaApi::create_functions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateFunctions<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateFunctions<'a> {
    #[inline]
    fn new(client: &'a crate::Client, func_id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "lambda_create_functions",
            method: reqwest::Method::POST,
            path: "/api/lambda/functions/{func_id}",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: None,
            bodies: &[(crate::runtime::BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = crate::runtime::Call::new(client, &SPEC);
        call.path("func_id", func_id.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1lambda~1functions~1{func_id}/post/requestBody`).
    #[inline]
    pub fn online_function_call_request(
        mut self,
        online_function_call_request: crate::models::OnlineFunctionCallRequest,
    ) -> Self {
        self.call.body(&online_function_call_request);
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

impl<'a> std::future::IntoFuture for CreateFunctions<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

/// Request builder for [`LambdaApi::list_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListRequests<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> ListRequests<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "lambda_list_requests",
            method: reqwest::Method::GET,
            path: "/api/lambda/requests",
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, Vec<crate::models::FunctionCall>> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<Vec<crate::models::FunctionCall>>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for ListRequests<'a> {
    type Output = Result<Vec<crate::models::FunctionCall>, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, Vec<crate::models::FunctionCall>>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<Vec<crate::models::FunctionCall>>)
    }
}

/// Request builder for [`LambdaApi::create_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateRequests<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> CreateRequests<'a> {
    #[inline]
    fn new(client: &'a crate::Client, function_call_request: crate::models::FunctionCallRequest) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "lambda_create_requests",
            method: reqwest::Method::POST,
            path: "/api/lambda/requests",
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
        call.body(&function_call_request);
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::FunctionCall> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::FunctionCall>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for CreateRequests<'a> {
    type Output = Result<crate::models::FunctionCall, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::FunctionCall>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::FunctionCall>)
    }
}

/// Request builder for [`LambdaApi::retrieve_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveRequests<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> RetrieveRequests<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "lambda_retrieve_requests",
            method: reqwest::Method::GET,
            path: "/api/lambda/requests/{id}",
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
        call.path("id", id.as_ref());
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
    pub fn send_with_response(self) -> crate::runtime::ResponseWithRawFuture<'a, crate::models::FunctionCall> {
        self.into_call().send_decoded_with_response(crate::runtime::response::json::<crate::models::FunctionCall>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for RetrieveRequests<'a> {
    type Output = Result<crate::models::FunctionCall, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, crate::models::FunctionCall>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<crate::models::FunctionCall>)
    }
}

/// Request builder for [`LambdaApi::delete_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteRequests<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> DeleteRequests<'a> {
    #[inline]
    fn new(client: &'a crate::Client, id: impl AsRef<str>) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "lambda_delete_requests",
            method: reqwest::Method::DELETE,
            path: "/api/lambda/requests/{id}",
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
        call.path("id", id.as_ref());
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

impl<'a> std::future::IntoFuture for DeleteRequests<'a> {
    type Output = Result<(), crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, ()>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::empty)
    }
}

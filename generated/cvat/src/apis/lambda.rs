// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `lambda` operations: [`LambdaApi`] and one request builder per operation.

use crate::models::{FunctionCall, FunctionCallRequest, OnlineFunctionCallRequest};
use crate::runtime::{self, BodyEncoding, Call, OperationSpec, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::lambda_api`](crate::Client::lambda_api) or [`LambdaApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct LambdaApi<'a> {
    client: &'a Client,
}

impl<'a> LambdaApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    pub fn create_requests(&self, function_call_request: FunctionCallRequest) -> CreateRequests<'a> {
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
    call: Call<'a>,
}

impl<'a> ListFunctions<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "lambda_list_functions",
            method: reqwest::Method::GET,
            path: "/api/lambda/functions",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, ListFunctions => empty);

/// Request builder for [`LambdaApi::retrieve_functions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveFunctions<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveFunctions<'a> {
    #[inline]
    fn new(client: &'a Client, func_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "lambda_retrieve_functions",
            method: reqwest::Method::GET,
            path: "/api/lambda/functions/{func_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("func_id", func_id.as_ref());
        Self { call }
    }
}

request_builder!(
    runtime, RetrieveFunctions => json serde_json::Map < String, serde_json::Value >
);

/// Request builder for [`LambdaApi::create_functions`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateFunctions<'a> {
    call: Call<'a>,
}

impl<'a> CreateFunctions<'a> {
    #[inline]
    fn new(client: &'a Client, func_id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "lambda_create_functions",
            method: reqwest::Method::POST,
            path: "/api/lambda/functions/{func_id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("func_id", func_id.as_ref());
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1lambda~1functions~1{func_id}/post/requestBody`).
    #[inline]
    pub fn online_function_call_request(mut self, online_function_call_request: OnlineFunctionCallRequest) -> Self {
        self.call.body(&online_function_call_request);
        self
    }
}

request_builder!(runtime, CreateFunctions => empty);

/// Request builder for [`LambdaApi::list_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListRequests<'a> {
    call: Call<'a>,
}

impl<'a> ListRequests<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "lambda_list_requests",
            method: reqwest::Method::GET,
            path: "/api/lambda/requests",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, ListRequests => json Vec < FunctionCall >);

/// Request builder for [`LambdaApi::create_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateRequests<'a> {
    call: Call<'a>,
}

impl<'a> CreateRequests<'a> {
    #[inline]
    fn new(client: &'a Client, function_call_request: FunctionCallRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "lambda_create_requests",
            method: reqwest::Method::POST,
            path: "/api/lambda/requests",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
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
}

request_builder!(runtime, CreateRequests => json FunctionCall);

/// Request builder for [`LambdaApi::retrieve_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveRequests<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveRequests<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "lambda_retrieve_requests",
            method: reqwest::Method::GET,
            path: "/api/lambda/requests/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, RetrieveRequests => json FunctionCall);

/// Request builder for [`LambdaApi::delete_requests`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteRequests<'a> {
    call: Call<'a>,
}

impl<'a> DeleteRequests<'a> {
    #[inline]
    fn new(client: &'a Client, id: impl AsRef<str>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "lambda_delete_requests",
            method: reqwest::Method::DELETE,
            path: "/api/lambda/requests/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", id.as_ref());
        Self { call }
    }
}

request_builder!(runtime, DeleteRequests => empty);

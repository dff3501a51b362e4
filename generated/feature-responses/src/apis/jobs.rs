// @generated from specs/features/responses.yaml by the generator; do not edit.
//! The `jobs` operations: [`JobsApi`] and one request builder per operation.

use crate::models::Job;
use crate::runtime::{
    self, BodyEncoding, Call, Download, ErrorStatus, OperationSpec, decode_error, deserialize_struct, request_builder,
};
use crate::{Client, Error, RawResponse};

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

    /// `POST /jobs`
    ///
    /// `POST /jobs`
    #[inline]
    pub fn create(&self, body: Vec<String>) -> Create<'a> {
        Create::new(self.client, body)
    }

    /// `DELETE /jobs/{id}`
    ///
    /// `DELETE /jobs/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// `GET /jobs/{id}/log`
    ///
    /// `GET /jobs/{id}/log`
    #[inline]
    pub fn log(&self, id: i64) -> Log<'a> {
        Log::new(self.client, id)
    }
}

/// Request builder for [`JobsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, body: Vec<String>) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_create",
            method: reqwest::Method::POST,
            path: "/jobs",
            security: &[],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&body);
        Self { call }
    }
}

request_builder!(runtime, Create => outcomes JobsCreateResponse);

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
            path: "/jobs/{id}",
            security: &[],
            accept: Some("application/problem+json"),
            bodies: &[],
            errors: &[(ErrorStatus::Code(404), decode_error::<serde_json::Map<String, serde_json::Value>>)],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }
}

request_builder!(runtime, Destroy => empty);

/// Request builder for [`JobsApi::log`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Log<'a> {
    call: Call<'a>,
}

impl<'a> Log<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "jobs_log",
            method: reqwest::Method::GET,
            path: "/jobs/{id}/log",
            security: &[],
            accept: Some("text/plain"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
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

request_builder!(runtime, Log => bytes);

/// An inline schema, which the spec does not describe (`#/paths/~1jobs/post/responses/202/content/application~1json/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct JobsCreateResponse202 {
    /// The `rq_id` property, which the spec does not describe (`#/paths/~1jobs/post/responses/202/content/application~1json/schema/properties/rq_id`).
    pub rq_id: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, JobsCreateResponse202 { rq_id: required("rq_id") });

deserialize_struct!(runtime, JobsCreateResponse202 { rq_id: required::<String>("rq_id") });

/// The success responses of the operation, one variant per status.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum JobsCreateResponse {
    /// HTTP 201: Created at once.
    Created(Job),
    /// HTTP 202: Queued; poll the request.
    Accepted(JobsCreateResponse202),
    /// HTTP 204: Nothing to do.
    NoContent,
}

impl JobsCreateResponse {
    fn decode(response: &RawResponse) -> Result<Self, Error> {
        match response.status.as_u16() {
            201 => response.json().map(Self::Created),
            202 => response.json().map(Self::Accepted),
            204 => Ok(Self::NoContent),
            _ => Err(crate::runtime::response::undeclared_status(response)),
        }
    }
}

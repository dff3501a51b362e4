// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `guides` operations: [`GuidesApi`] and one request builder per operation.

use crate::models::{AnnotationGuideRead, AnnotationGuideWriteRequest, PatchedAnnotationGuideWriteRequest};
use crate::{Client, SECURITY_REQUIREMENTS};

use crate::runtime::{self, BodyEncoding, Call, OperationSpec, request_builder};

/// Reach it with [`Client::guides_api`](crate::Client::guides_api) or [`GuidesApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct GuidesApi<'a> {
    client: &'a Client,
}

impl<'a> GuidesApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Create an annotation guide
    ///
    /// The new guide will be bound either to a project or a task, depending on parameters.
    ///
    /// `POST /api/guides`
    #[inline]
    pub fn create(&self) -> Create<'a> {
        Create::new(self.client)
    }

    /// Get annotation guide details
    ///
    /// `GET /api/guides/{id}`
    #[inline]
    pub fn retrieve(&self, id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, id)
    }

    /// Delete an annotation guide
    ///
    /// This also deletes all assets attached to the guide.
    ///
    /// `DELETE /api/guides/{id}`
    #[inline]
    pub fn destroy(&self, id: i64) -> Destroy<'a> {
        Destroy::new(self.client, id)
    }

    /// Update an annotation guide
    ///
    /// `PATCH /api/guides/{id}`
    #[inline]
    pub fn partial_update(&self, id: i64) -> PartialUpdate<'a> {
        PartialUpdate::new(self.client, id)
    }
}

/// Request builder for [`GuidesApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "guides_create",
            method: reqwest::Method::POST,
            path: "/api/guides",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1guides/post/requestBody`).
    #[inline]
    pub fn annotation_guide_write_request(
        mut self,
        annotation_guide_write_request: AnnotationGuideWriteRequest,
    ) -> Self {
        self.call.body(&annotation_guide_write_request);
        self
    }
}

request_builder!(runtime, Create => json AnnotationGuideRead);

/// Request builder for [`GuidesApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "guides_retrieve",
            method: reqwest::Method::GET,
            path: "/api/guides/{id}",
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

request_builder!(runtime, Retrieve => json AnnotationGuideRead);

/// Request builder for [`GuidesApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "guides_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/guides/{id}",
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

/// Request builder for [`GuidesApi::partial_update`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct PartialUpdate<'a> {
    call: Call<'a>,
}

impl<'a> PartialUpdate<'a> {
    #[inline]
    fn new(client: &'a Client, id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "guides_partial_update",
            method: reqwest::Method::PATCH,
            path: "/api/guides/{id}",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("id", &id);
        Self { call }
    }

    /// The request body, which the spec does not describe (`#/paths/~1api~1guides~1{id}/patch/requestBody`).
    #[inline]
    pub fn patched_annotation_guide_write_request(
        mut self,
        patched_annotation_guide_write_request: PatchedAnnotationGuideWriteRequest,
    ) -> Self {
        self.call.body(&patched_annotation_guide_write_request);
        self
    }
}

request_builder!(runtime, PartialUpdate => json AnnotationGuideRead);

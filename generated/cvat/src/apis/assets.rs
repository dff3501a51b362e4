// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `assets` operations: [`AssetsApi`] and one request builder per operation.

use crate::models::{AssetRead, AssetWriteRequest};
use crate::runtime::{self, BodyEncoding, Call, OperationSpec, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::assets_api`](crate::Client::assets_api) or [`AssetsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct AssetsApi<'a> {
    client: &'a Client,
}

impl<'a> AssetsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Create an asset
    ///
    /// `POST /api/assets`
    #[inline]
    pub fn create(&self, asset_write_request: AssetWriteRequest) -> Create<'a> {
        Create::new(self.client, asset_write_request)
    }

    /// Get an asset
    ///
    /// `GET /api/assets/{uuid}`
    #[inline]
    pub fn retrieve(&self, uuid: uuid::Uuid) -> Retrieve<'a> {
        Retrieve::new(self.client, uuid)
    }

    /// Delete an asset
    ///
    /// `DELETE /api/assets/{uuid}`
    #[inline]
    pub fn destroy(&self, uuid: uuid::Uuid) -> Destroy<'a> {
        Destroy::new(self.client, uuid)
    }
}

/// Request builder for [`AssetsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, asset_write_request: AssetWriteRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "assets_create",
            method: reqwest::Method::POST,
            path: "/api/assets",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[(BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&asset_write_request);
        Self { call }
    }
}

request_builder!(runtime, Create => json AssetRead);

/// Request builder for [`AssetsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, uuid: uuid::Uuid) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "assets_retrieve",
            method: reqwest::Method::GET,
            path: "/api/assets/{uuid}",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("uuid", &uuid);
        Self { call }
    }
}

request_builder!(runtime, Retrieve => empty);

/// Request builder for [`AssetsApi::destroy`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Destroy<'a> {
    call: Call<'a>,
}

impl<'a> Destroy<'a> {
    #[inline]
    fn new(client: &'a Client, uuid: uuid::Uuid) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "assets_destroy",
            method: reqwest::Method::DELETE,
            path: "/api/assets/{uuid}",
            security: SECURITY_REQUIREMENTS[0],
            accept: None,
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("uuid", &uuid);
        Self { call }
    }
}

request_builder!(runtime, Destroy => empty);

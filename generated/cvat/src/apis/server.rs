// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `server` operations: [`ServerApi`] and one request builder per operation.

use crate::models::{About, DatasetFormats, FileInfo, Plugins};
use crate::runtime::{self, Call, OperationSpec, request_builder};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::server_api`](crate::Client::server_api) or [`ServerApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct ServerApi<'a> {
    client: &'a Client,
}

impl<'a> ServerApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Get basic CVAT information
    ///
    /// `GET /api/server/about`
    #[inline]
    pub fn retrieve_about(&self) -> RetrieveAbout<'a> {
        RetrieveAbout::new(self.client)
    }

    /// Get supported annotation formats
    ///
    /// `GET /api/server/annotation/formats`
    #[inline]
    pub fn retrieve_annotation_formats(&self) -> RetrieveAnnotationFormats<'a> {
        RetrieveAnnotationFormats::new(self.client)
    }

    /// Get enabled plugins
    ///
    /// `GET /api/server/plugins`
    #[inline]
    pub fn retrieve_plugins(&self) -> RetrievePlugins<'a> {
        RetrievePlugins::new(self.client)
    }

    /// List files/directories in the mounted share
    ///
    /// `GET /api/server/share`
    #[inline]
    pub fn list_share(&self) -> ListShare<'a> {
        ListShare::new(self.client)
    }
}

/// Request builder for [`ServerApi::retrieve_about`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveAbout<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveAbout<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "server_retrieve_about",
            method: reqwest::Method::GET,
            path: "/api/server/about",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, RetrieveAbout => json About);

/// Request builder for [`ServerApi::retrieve_annotation_formats`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrieveAnnotationFormats<'a> {
    call: Call<'a>,
}

impl<'a> RetrieveAnnotationFormats<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "server_retrieve_annotation_formats",
            method: reqwest::Method::GET,
            path: "/api/server/annotation/formats",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, RetrieveAnnotationFormats => json DatasetFormats);

/// Request builder for [`ServerApi::retrieve_plugins`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct RetrievePlugins<'a> {
    call: Call<'a>,
}

impl<'a> RetrievePlugins<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "server_retrieve_plugins",
            method: reqwest::Method::GET,
            path: "/api/server/plugins",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, RetrievePlugins => json Plugins);

/// Request builder for [`ServerApi::list_share`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListShare<'a> {
    call: Call<'a>,
}

impl<'a> ListShare<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "server_list_share",
            method: reqwest::Method::GET,
            path: "/api/server/share",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some("application/vnd.cvat+json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }

    /// Directory to browse
    #[inline]
    pub fn directory(mut self, directory: impl AsRef<str>) -> Self {
        self.call.query("directory", directory.as_ref());
        self
    }

    /// Search for specific files
    #[inline]
    pub fn search(mut self, search: impl AsRef<str>) -> Self {
        self.call.query("search", search.as_ref());
        self
    }
}

request_builder!(runtime, ListShare => json Vec < FileInfo >);

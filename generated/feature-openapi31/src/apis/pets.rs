// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! The `pets` operations: [`PetsApi`] and one request builder per operation.

use crate::models::Pet;
use crate::runtime::{self, BodyEncoding, Call, Download, FilePart, OperationSpec, request_builder, serialize_struct};
use crate::{Client, Error};

/// Reach it with [`Client::pets_api`](crate::Client::pets_api) or [`PetsApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct PetsApi<'a> {
    client: &'a Client,
}

impl<'a> PetsApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// `GET /pets`
    ///
    /// `GET /pets`
    #[inline]
    pub fn list(&self) -> List<'a> {
        List::new(self.client)
    }

    /// `POST /pets`
    ///
    /// `POST /pets`
    #[inline]
    pub fn create(&self, pet: Pet) -> Create<'a> {
        Create::new(self.client, pet)
    }

    /// `GET /pets/{pet_id}`
    ///
    /// `GET /pets/{pet_id}`
    #[inline]
    pub fn retrieve(&self, pet_id: i64) -> Retrieve<'a> {
        Retrieve::new(self.client, pet_id)
    }

    /// `GET /pets/{pet_id}/photo`
    ///
    /// `GET /pets/{pet_id}/photo`
    #[inline]
    pub fn download_photo(&self, pet_id: i64) -> DownloadPhoto<'a> {
        DownloadPhoto::new(self.client, pet_id)
    }

    /// `PUT /pets/{pet_id}/photo`
    ///
    /// `PUT /pets/{pet_id}/photo`
    #[inline]
    pub fn upload_photo(&self, pet_id: i64, body: PetsUploadPhotoRequest) -> UploadPhoto<'a> {
        UploadPhoto::new(self.client, pet_id, body)
    }
}

/// Request builder for [`PetsApi::list`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct List<'a> {
    call: Call<'a>,
}

impl<'a> List<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_list",
            method: reqwest::Method::GET,
            path: "/pets",
            security: &[],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
        Self { call }
    }
}

request_builder!(runtime, List => json Vec < Pet >);

/// Request builder for [`PetsApi::create`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Create<'a> {
    call: Call<'a>,
}

impl<'a> Create<'a> {
    #[inline]
    fn new(client: &'a Client, pet: Pet) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_create",
            method: reqwest::Method::POST,
            path: "/pets",
            security: &[],
            accept: Some("application/json"),
            bodies: &[(BodyEncoding::Json, "application/json")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.body(&pet);
        Self { call }
    }
}

request_builder!(runtime, Create => json Pet);

/// Request builder for [`PetsApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_retrieve",
            method: reqwest::Method::GET,
            path: "/pets/{pet_id}",
            security: &[],
            accept: Some("application/json"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        Self { call }
    }

    /// A query value that may be left out or sent empty.
    #[inline]
    pub fn fields(mut self, fields: impl AsRef<str>) -> Self {
        self.call.query("fields", fields.as_ref());
        self
    }
}

request_builder!(runtime, Retrieve => json Pet);

/// Request builder for [`PetsApi::download_photo`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DownloadPhoto<'a> {
    call: Call<'a>,
}

impl<'a> DownloadPhoto<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: i64) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_download_photo",
            method: reqwest::Method::GET,
            path: "/pets/{pet_id}/photo",
            security: &[],
            accept: Some("image/png"),
            bodies: &[],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
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

request_builder!(runtime, DownloadPhoto => bytes);

/// Request builder for [`PetsApi::upload_photo`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UploadPhoto<'a> {
    call: Call<'a>,
}

impl<'a> UploadPhoto<'a> {
    #[inline]
    fn new(client: &'a Client, pet_id: i64, body: PetsUploadPhotoRequest) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "pets_upload_photo",
            method: reqwest::Method::PUT,
            path: "/pets/{pet_id}/photo",
            security: &[],
            accept: None,
            bodies: &[(BodyEncoding::Multipart, "multipart/form-data")],
            errors: &[],
        };
        let mut call = Call::new(client, &SPEC);
        call.path("pet_id", &pet_id);
        call.body(&body);
        Self { call }
    }
}

request_builder!(runtime, UploadPhoto => empty);

/// An inline schema, which the spec does not describe (`#/paths/~1pets~1{pet_id}~1photo/put/requestBody/content/multipart~1form-data/schema`).
#[derive(Clone, Debug, PartialEq)]
pub struct PetsUploadPhotoRequest {
    /// The picture, as raw bytes (a media type and no encoding).
    pub photo: FilePart,
    /// A small picture, as base64 text.
    pub thumbnail: Option<String>,
}

serialize_struct!(runtime, PetsUploadPhotoRequest { photo: required("photo"), thumbnail: optional("thumbnail") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PetsUploadPhotoRequest {
        photo: required::<crate::runtime::FilePart>("photo"),
        thumbnail: optional::<Option<String>>("thumbnail")
    }
);
